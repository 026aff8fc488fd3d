/* The progress of a certificate ZIP export: poll the export's status (JSON) and move the
   progress bar, the "N of M" text (an aria-live region) and the state; show the download link
   when the ZIP is ready, or the error if it failed. Without this script the page refreshes
   itself (a <noscript> meta refresh). No third-party code, no inline script. */
(function () {
    "use strict";

    var INTERVAL_MS = 1500;
    var MAX_FAILURES = 20;
    var panel = document.querySelector("[data-export-status-url]");
    if (!panel || !window.fetch) {
        return;
    }
    var url = panel.getAttribute("data-export-status-url");
    var bar = document.getElementById("export-progress");
    var text = document.getElementById("export-progress-text");
    var state = panel.querySelector("[data-export-state]");
    var download = panel.querySelector("[data-export-download]");
    var link = panel.querySelector("[data-export-download-link]");
    var error = panel.querySelector("[data-export-error]");
    var errorText = panel.querySelector("[data-export-error-text]");
    var waiting = panel.querySelector("[data-export-waiting]");
    var failures = 0;

    function show(status) {
        if (bar) {
            bar.max = Math.max(status.total, 1);
            bar.value = status.state === "done" ? status.total : status.done;
            bar.textContent = status.percent + "%";
        }
        if (text && text.textContent !== status.text) {
            text.textContent = status.text;
        }
        if (state && status.state_label) {
            state.textContent = status.state_label;
        }
        if (status.state === "done" && status.download_url && download && link) {
            link.href = status.download_url;
            download.hidden = false;
        }
        if (status.state === "failed" && error) {
            if (errorText) {
                errorText.textContent = status.error || "";
            }
            error.hidden = false;
        }
        if ((status.state === "done" || status.state === "failed") && waiting) {
            waiting.hidden = true;
        }
    }

    function poll() {
        fetch(url, {
            credentials: "same-origin",
            headers: { "Accept": "application/json", "X-Requested-With": "XMLHttpRequest" },
            cache: "no-store"
        }).then(function (response) {
            if (!response.ok) {
                throw new Error("HTTP " + response.status);
            }
            return response.json();
        }).then(function (status) {
            failures = 0;
            show(status);
            if (status.state === "queued" || status.state === "running") {
                window.setTimeout(poll, INTERVAL_MS);
            }
        }).catch(function () {
            /* Offline for a moment, or signed out: try a while longer, then stop. */
            failures += 1;
            if (failures < MAX_FAILURES) {
                window.setTimeout(poll, INTERVAL_MS * 2);
            }
        });
    }

    window.setTimeout(poll, INTERVAL_MS);
}());
