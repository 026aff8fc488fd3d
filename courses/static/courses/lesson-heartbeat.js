/* Counts the time a learner spends on a lesson: while the page is visible, POST to the
   lesson's heartbeat URL every 30 seconds. No third-party code, no inline script. */
(function () {
    "use strict";

    var INTERVAL_MS = 30000;
    var lesson = document.querySelector("[data-heartbeat-url]");
    if (!lesson || !window.fetch) {
        return;
    }
    var url = lesson.getAttribute("data-heartbeat-url");
    if (!url) {
        return;
    }

    function csrfToken() {
        var meta = document.querySelector('meta[name="csrf-token"]');
        if (meta && meta.content) {
            return meta.content;
        }
        var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
        return match ? decodeURIComponent(match[1]) : "";
    }

    var timer = null;
    var stopped = false;

    function beat() {
        if (stopped || document.visibilityState !== "visible") {
            return;
        }
        fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: { "X-CSRFToken": csrfToken(), "X-Requested-With": "XMLHttpRequest" },
            keepalive: true
        }).then(function (response) {
            // Signed out, or the lesson is gone: stop rather than keep failing.
            if (response.status === 401 || response.status === 403 || response.status === 404) {
                stopped = true;
                stop();
            }
        }).catch(function () {
            /* Offline for a moment: the next beat tries again. */
        });
    }

    function start() {
        if (timer === null && !stopped) {
            timer = window.setInterval(beat, INTERVAL_MS);
        }
    }

    function stop() {
        if (timer !== null) {
            window.clearInterval(timer);
            timer = null;
        }
    }

    document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "visible") {
            start();
        } else {
            stop();
        }
    });

    if (document.visibilityState === "visible") {
        start();
    }
}());
