/*
 * Item-analysis charts, drawn with the vendored Chart.js (vendor/chart.umd.min.js).
 *
 * Load both with `defer`, Chart.js first (deferred scripts run in document order):
 *
 *   <script src="{% static 'assessments/vendor/chart.umd.min.js' %}" defer></script>
 *   <script src="{% static 'assessments/item-analysis.js' %}" defer></script>
 *
 * Markup: a canvas names the id of a JSON script element (Django's `json_script`) and a kind:
 *
 *   <canvas data-item-analysis-chart="quiz-questions-data" data-chart-kind="questions"></canvas>
 *   {{ chart_data|json_script:"quiz-questions-data" }}
 *
 * JSON shape (every word a person reads comes from the server, already translated):
 *
 *   {
 *     "labels": ["Q1 Greeting", "Q2 Library card", ...],      // one per bar group
 *     "series": [
 *       {"label": "Facility", "data": [0.75, 0.5, ...]},       // one number (or null) per label
 *       {"label": "Discrimination", "data": [0.52, null, ...]}
 *     ]
 *   }
 *
 * Kinds (`data-chart-kind`):
 *   "questions"  horizontal bars per question; x axis fixed at -1..1 (facility is 0..1,
 *                discrimination -1..1). null (not computable) draws no bar.
 *   "histogram"  vertical bars of the number of attempts per score band; labels such as
 *                "0–10 %", ..., "90–100 %"; normally one series of counts.
 *
 * The chart is decorative: the page shows the same numbers in a table, which is the accessible
 * form. So the canvas is hidden from assistive technology, and when anything is missing (no
 * Chart.js, no JSON, malformed JSON, an unknown kind) the canvas is hidden and nothing throws.
 * With `prefers-reduced-motion: reduce` charts appear without animation.
 */
(function () {
  "use strict";

  // Colour-blind-safe pair (Okabe–Ito blue and orange), then a few more for extra series.
  var COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];

  function reducedMotion() {
    return Boolean(
      window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches
    );
  }

  // The page's language (<html lang>) for number formats, if the browser knows it.
  function pageLocale() {
    var lang = document.documentElement.lang;
    if (!lang || !window.Intl) {
      return null;
    }
    try {
      return Intl.NumberFormat.supportedLocalesOf([lang]).length ? lang : null;
    } catch (error) {
      return null; // not a valid language tag
    }
  }

  // The JSON as {labels, series}, or null when it is missing or not of that shape.
  function readData(id) {
    var element = id ? document.getElementById(id) : null;
    if (!element) {
      return null;
    }
    var data;
    try {
      data = JSON.parse(element.textContent);
    } catch (error) {
      return null;
    }
    if (!data || !Array.isArray(data.labels) || !Array.isArray(data.series)) {
      return null;
    }
    var series = data.series.filter(function (s) {
      return s && Array.isArray(s.data);
    });
    if (!series.length) {
      return null;
    }
    return {
      labels: data.labels.map(String),
      series: series.map(function (s) {
        return {
          label: s.label == null ? "" : String(s.label),
          // Anything that is not a finite number becomes a gap, not a bar at zero.
          data: s.data.map(function (value) {
            return typeof value === "number" && isFinite(value) ? value : null;
          }),
        };
      }),
    };
  }

  function datasets(series) {
    return series.map(function (s, index) {
      var colour = COLOURS[index % COLOURS.length];
      return {
        label: s.label,
        data: s.data,
        backgroundColor: colour,
        borderColor: colour,
        borderWidth: 1,
      };
    });
  }

  function tooltipLabel(digits) {
    return function (context) {
      var value = context.parsed[context.chart.options.indexAxis === "y" ? "x" : "y"];
      if (value == null) {
        return null;
      }
      return context.dataset.label + ": " + value.toFixed(digits);
    };
  }

  function questionsConfig(data) {
    return {
      type: "bar",
      data: { labels: data.labels, datasets: datasets(data.series) },
      options: {
        indexAxis: "y",
        responsive: true,
        // The wrapper's height grows with the number of questions (see wrapForHeight).
        maintainAspectRatio: false,
        scales: {
          x: { min: -1, max: 1, ticks: { stepSize: 0.2 } },
          y: { ticks: { autoSkip: false } },
        },
        plugins: {
          legend: { position: "top" },
          tooltip: { callbacks: { label: tooltipLabel(2) } },
        },
      },
    };
  }

  function histogramConfig(data) {
    return {
      type: "bar",
      data: { labels: data.labels, datasets: datasets(data.series) },
      options: {
        responsive: true,
        scales: {
          y: { beginAtZero: true, ticks: { precision: 0 } },
        },
        plugins: {
          // A single series needs no legend; its name is in the table's heading.
          legend: { display: data.series.length > 1 },
          tooltip: { callbacks: { label: tooltipLabel(0) } },
        },
      },
    };
  }

  // Chart.js sizes a responsive chart from its parent: give the canvas a parent of its own
  // whose height fits the number of questions, so 40 questions do not get hairline bars.
  function wrapForHeight(canvas, rows, bars) {
    var wrapper = document.createElement("div");
    wrapper.className = "item-analysis-chart";
    wrapper.style.position = "relative";
    wrapper.style.width = "100%";
    wrapper.style.height = 80 + rows * Math.max(1, bars) * 14 + rows * 8 + "px";
    canvas.parentNode.insertBefore(wrapper, canvas);
    wrapper.appendChild(canvas);
  }

  function draw(canvas) {
    if (canvas.getAttribute("data-item-analysis-drawn") === "true") {
      return;
    }
    var data = readData(canvas.getAttribute("data-item-analysis-chart"));
    var kind = canvas.getAttribute("data-chart-kind");
    if (typeof window.Chart !== "function" || !data || !canvas.getContext) {
      canvas.hidden = true;
      return;
    }
    var config;
    if (kind === "questions") {
      wrapForHeight(canvas, data.labels.length, data.series.length);
      config = questionsConfig(data);
    } else if (kind === "histogram") {
      config = histogramConfig(data);
    } else {
      canvas.hidden = true;
      return;
    }
    if (reducedMotion()) {
      config.options.animation = false;
    }
    var locale = pageLocale();
    if (locale) {
      config.options.locale = locale;
    }
    canvas.setAttribute("aria-hidden", "true");
    new window.Chart(canvas, config);
    canvas.setAttribute("data-item-analysis-drawn", "true");
  }

  function drawAll() {
    var canvases = document.querySelectorAll("canvas[data-item-analysis-chart]");
    Array.prototype.forEach.call(canvases, function (canvas) {
      try {
        draw(canvas);
      } catch (error) {
        // Decorative only: a broken chart must not stop the others or the page.
        canvas.hidden = true;
        if (window.console) {
          window.console.warn("item-analysis chart not drawn:", error);
        }
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
