// The attempt form: saves answers as the learner goes and counts the time down.
// Without this script the form still works: "Save answers" and "Submit and finish" post it.
(function () {
  "use strict";
  var form = document.querySelector(".quiz-form[data-autosave-url]");
  if (!form) return;
  var status = form.querySelector(".quiz-form__status");
  var revision = form.querySelector("input[name=revision]");
  var timer = null;
  var saving = false;
  var again = false;
  var pendingSubmit = null;

  function say(text) { if (status) status.textContent = text; }

  function save() {
    if (saving) { again = true; return; }
    saving = true;
    var data = new FormData(form);
    fetch(form.dataset.autosaveUrl, {
      method: "POST",
      body: data,
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (result.ok) {
        revision.value = result.body.revision;
        var now = new Date();
        say(form.dataset.savedText + " " + now.toLocaleTimeString(document.documentElement.lang || [], { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }));
      } else if (result.body.finished && result.body.review_url) {
        window.location.assign(result.body.review_url);
      } else {
        say(result.body.error || form.dataset.errorText);
      }
    }).catch(function () {
      say(form.dataset.errorText);
    }).finally(function () {
      saving = false;
      if (pendingSubmit) {
        // The form now carries the revision of the save that just finished.
        var button = pendingSubmit;
        pendingSubmit = null;
        form.requestSubmit(button);
      } else if (again) { again = false; save(); }
    });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 800);
  }
  form.addEventListener("change", later);
  form.addEventListener("input", later);
  // A submit must not race an autosave (it would carry an old revision and be refused): cancel
  // the pending save, or wait for the one in flight; the submit itself carries every answer.
  form.addEventListener("submit", function (event) {
    window.clearTimeout(timer);
    if (saving) {
      event.preventDefault();
      pendingSubmit = event.submitter || null;
    }
  });

  var clock = document.querySelector(".quiz-timer[data-seconds-left]");
  if (clock) {
    var value = clock.querySelector(".quiz-timer__value");
    var end = Date.now() + Number(clock.dataset.secondsLeft) * 1000;
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      value.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
      if (left <= 60) clock.classList.add("quiz-timer--low");
      if (left > 0) window.setTimeout(tick, 1000);
    };
    tick();
  }
})();
