"""Manager team dashboard, HR register and appraisal summaries, exports, evaluation API."""
