// The desk's few behaviours, from a file (the Content-Security-Policy allows no inline script):
// uploading many files with a progress bar each, and showing where an extracted value was read.
// Text from a file or a server answer is always set as textContent, never parsed as HTML.
"use strict";

(function () {
  function csrfToken() {
    var field = document.querySelector("input[name=csrf]");
    return field ? field.value : "";
  }

  function cell(row, text) {
    var td = document.createElement("td");
    if (text !== undefined) td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function describe(outcome, td) {
    td.textContent = "";
    var status = document.createElement("b");
    status.textContent = outcome.status;
    td.appendChild(status);
    (outcome.cases || []).forEach(function (ref) {
      td.appendChild(document.createTextNode(" "));
      var a = document.createElement("a");
      a.href = "/cases/" + encodeURIComponent(ref);
      a.textContent = ref;
      td.appendChild(a);
    });
    var notes = [];
    if (outcome.attachments) notes.push(outcome.attachments + " attachment(s)");
    if (outcome.triage) notes.push("triage: " + outcome.triage);
    if (outcome.reason) notes.push(outcome.reason);
    if (outcome.received) notes.push("received " + outcome.received + (outcome.received_from ? " (" + outcome.received_from + ")" : ""));
    if (notes.length) td.appendChild(document.createTextNode(" · " + notes.join(" · ")));
  }

  function uploadOne(file, received, rows) {
    var row = document.createElement("tr");
    row.className = "uploading";
    cell(row, file.name);
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    cell(row).appendChild(bar);
    var outcome = cell(row, "waiting");
    rows.appendChild(row);
    return new Promise(function (resolve) {
      var form = new FormData();
      form.append("files", file, file.name);
      form.append("received", received);
      form.append("csrf", csrfToken());
      var xhr = new XMLHttpRequest();
      xhr.open("POST", "/upload");
      xhr.setRequestHeader("Accept", "application/json");
      xhr.setRequestHeader("X-CSRF-Token", csrfToken());
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) bar.value = Math.round((100 * e.loaded) / e.total);
        outcome.textContent = bar.value < 100 ? "uploading" : "reading";
      });
      xhr.addEventListener("load", function () {
        bar.value = 100;
        var answer = null;
        try { answer = JSON.parse(xhr.responseText); } catch (err) { answer = null; }
        if (xhr.status === 200 && Array.isArray(answer) && answer.length) {
          describe(answer[0], outcome);
          row.className = "outcome-" + answer[0].status;
        } else {
          outcome.textContent = "failed: " + ((answer && answer.detail) || xhr.status);
          row.className = "outcome-failed";
        }
        resolve();
      });
      xhr.addEventListener("error", function () {
        outcome.textContent = "failed: the desk could not be reached";
        row.className = "outcome-failed";
        resolve();
      });
      xhr.send(form);
    });
  }

  function setUpUpload() {
    var form = document.getElementById("upload-form");
    if (!form) return;
    var input = document.getElementById("files");
    var zone = document.getElementById("dropzone");
    var rows = document.getElementById("progress-rows");
    var received = document.getElementById("received");
    function send(files) {
      var list = Array.prototype.slice.call(files);
      // one after the other: the desk files them in the order they came, each with its own bar
      list.reduce(function (done, f) {
        return done.then(function () { return uploadOne(f, received.value, rows); });
      }, Promise.resolve()).then(function () { form.setAttribute("data-done", String(list.length)); });
    }
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (input.files.length) send(input.files);
      input.value = "";
    });
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) send(e.dataTransfer.files);
    });
  }

  function setUpEvidence() {
    var text = document.getElementById("doc-text");
    if (!text) return;
    function show(key, from) {
      document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
      var marks = text.querySelectorAll("mark.ev");
      var first = null;
      marks.forEach(function (m) {
        if (m.getAttribute("data-ev").split(" ").indexOf(key) >= 0) {
          m.classList.add("active");
          if (!first) first = m;
        }
      });
      document.querySelectorAll("button.value").forEach(function (b) {
        if (b.getAttribute("data-ev") === key) b.classList.add("active");
      });
      if (first && from !== "text") first.scrollIntoView({ block: "center" });
    }
    document.querySelectorAll("button.value").forEach(function (b) {
      b.addEventListener("click", function () { show(b.getAttribute("data-ev"), "field"); });
    });
    text.addEventListener("click", function (e) {
      var m = e.target.closest("mark.ev");
      if (m) show(m.getAttribute("data-ev").split(" ")[0], "text");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpUpload();
    setUpEvidence();
  });
})();
