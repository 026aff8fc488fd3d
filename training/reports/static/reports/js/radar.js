/*
 * The competency radar of the manager's staff page, drawn with the vendored Chart.js.
 *
 * Load both with `defer`, Chart.js first (deferred scripts run in document order); no inline
 * script, so the page works under a Content-Security-Policy without 'unsafe-inline':
 *
 *   <script src="{% static 'assessments/vendor/chart.umd.min.js' %}" defer></script>
 *   <script src="{% static 'reports/js/radar.js' %}" defer></script>
 *
 * Markup: a canvas names the id of a JSON script element (Django's `json_script`):
 *
 *   <canvas data-radar-chart="staff-radar-data"></canvas>
 *   {{ radar|json_script:"staff-radar-data" }}
 *
 * JSON shape (every word a person reads comes from the server, already translated):
 *
 *   {
 *     "labels": ["English · Listening", "Intercultural awareness", ...],  // one per spoke
 *     "max": 100,
 *     "series": [
 *       {"key": "required", "label": "Required by the role",
 *        "data": [50, 60, null, ...],          // level as a share of its scale, 0-100 (or null)
 *        "levels": ["B1", "3", "", ...]},      // the level as the table writes it
 *       {"key": "current", "label": "Current level", "data": [...], "levels": [...]}
 *     ],
 *     "noLevel": "none"
 *   }
 *
 * The chart is decorative: the table beside it shows the same levels and is the accessible
 * form, so the canvas is hidden from assistive technology, and when anything is missing (no
 * Chart.js, no JSON, malformed JSON) the canvas is hidden and nothing throws. With
 * `prefers-reduced-motion: reduce` the chart appears without animation.
 */
(function () {
  "use strict";

  // Okabe–Ito: the requirement in orange (dashed line), the current level in blue (solid,
  // filled), so the two differ by line style and fill as well as by colour.
  var STYLES = {
    required: { colour: "#E69F00", fill: "rgba(230, 159, 0, 0.08)", dash: [6, 4] },
    current: { colour: "#0072B2", fill: "rgba(0, 114, 178, 0.25)", dash: [] },
  };

  function reducedMotion() {
    return Boolean(
      window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches
    );
  }

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
    if (!data || !Array.isArray(data.labels) || !Array.isArray(data.series) || !data.labels.length) {
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
      max: typeof data.max === "number" && data.max > 0 ? data.max : 100,
      noLevel: data.noLevel == null ? "" : String(data.noLevel),
      series: series.map(function (s) {
        return {
          key: String(s.key || ""),
          label: s.label == null ? "" : String(s.label),
          data: s.data.map(function (value) {
            return typeof value === "number" && isFinite(value) ? value : null;
          }),
          levels: Array.isArray(s.levels) ? s.levels.map(String) : [],
        };
      }),
    };
  }

  function datasets(series) {
    return series.map(function (s, index) {
      var style = STYLES[s.key] || STYLES[index ? "current" : "required"];
      return {
        label: s.label,
        data: s.data,
        levels: s.levels,
        borderColor: style.colour,
        backgroundColor: style.fill,
        pointBackgroundColor: style.colour,
        borderDash: style.dash,
        borderWidth: 2,
        fill: true,
        spanGaps: true,
      };
    });
  }

  // A label as lines of at most about 18 characters: between words, or every 9 characters of
  // Chinese (which has no spaces).
  function wrapLabel(label) {
    var text = String(label);
    var lines = [];
    if (/[\u3400-\u9fff]/.test(text) && text.indexOf(" ") < 0) {
      for (var start = 0; start < text.length; start += 9) {
        lines.push(text.slice(start, start + 9));
      }
      return lines;
    }
    var line = "";
    text.split(/\s+/).forEach(function (word) {
      if (line && (line + " " + word).length > 18) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + " " + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines.length > 1 ? lines : text;
  }

  function config(data) {
    return {
      type: "radar",
      data: { labels: data.labels, datasets: datasets(data.series) },
      options: {
        responsive: true,
        maintainAspectRatio: true,
        layout: { padding: 8 },
        scales: {
          r: {
            min: 0,
            max: data.max,
            beginAtZero: true,
            // The scales differ (A1-C2, 1-5): the rings are shares of a scale, not levels.
            ticks: { display: false, stepSize: data.max / 5 },
            // Long competency names are folded over lines so none runs off the canvas.
            pointLabels: { font: { size: 12 }, callback: wrapLabel },
          },
        },
        plugins: {
          legend: { position: "bottom" },
          tooltip: {
            callbacks: {
              label: function (context) {
                var levels = context.dataset.levels || [];
                var text = levels[context.dataIndex] || data.noLevel;
                return context.dataset.label + ": " + text;
              },
            },
          },
        },
      },
    };
  }

  function draw(canvas) {
    if (canvas.getAttribute("data-radar-drawn") === "true") {
      return;
    }
    var data = readData(canvas.getAttribute("data-radar-chart"));
    if (typeof window.Chart !== "function" || !data || !canvas.getContext) {
      canvas.hidden = true;
      return;
    }
    var chartConfig = config(data);
    if (reducedMotion()) {
      chartConfig.options.animation = false;
    }
    var lang = document.documentElement.lang;
    if (lang) {
      chartConfig.options.locale = lang;
    }
    canvas.setAttribute("aria-hidden", "true");
    new window.Chart(canvas, chartConfig);
    canvas.setAttribute("data-radar-drawn", "true");
  }

  function drawAll() {
    var canvases = document.querySelectorAll("canvas[data-radar-chart]");
    Array.prototype.forEach.call(canvases, function (canvas) {
      try {
        draw(canvas);
      } catch (error) {
        canvas.hidden = true;
        if (window.console) {
          window.console.warn("radar chart not drawn:", error);
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
