// extractor review pages: sortable tables, the document filter, and facts that show their marks.
// Loaded from a file beside the pages (no inline script: the pages' policy allows none).
"use strict";

function sortTable(table, column, header) {
  const ascending = header.getAttribute("aria-sort") !== "ascending";
  const numeric = header.dataset.type === "number";
  const body = table.tBodies[0];
  const rows = Array.from(body.rows).map((row, index) => ({ row, index }));
  const key = (row) => {
    const cell = row.cells[column];
    const value = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent;
    return numeric ? parseFloat(value) : value.toLowerCase();
  };
  rows.sort((a, b) => {
    const x = key(a.row), y = key(b.row);
    let order = 0;
    if (numeric) {
      order = (isNaN(x) ? -Infinity : x) - (isNaN(y) ? -Infinity : y);
    } else {
      order = x < y ? -1 : x > y ? 1 : 0;
    }
    return (ascending ? order : -order) || a.index - b.index;
  });
  for (const th of table.tHead.rows[0].cells) th.setAttribute("aria-sort", "none");
  header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  for (const { row } of rows) body.appendChild(row);
}

function filterTable(input) {
  const table = document.getElementById(input.dataset.table);
  const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  const rows = table.tBodies[0].rows;
  for (const row of rows) {
    const text = row.dataset.search || "";
    const match = words.every((word) => text.includes(word));
    row.hidden = !match;
    if (match) shown += 1;
  }
  const counter = document.getElementById("shown");
  if (counter) counter.textContent = `${shown} of ${rows.length}`;
}

function pickFact(row) {
  for (const old of document.querySelectorAll(".linked")) old.classList.remove("linked");
  for (const old of document.querySelectorAll("tr.fact.picked")) old.classList.remove("picked");
  row.classList.add("picked");
  const marks = (row.dataset.marks || "").split(" ").filter(Boolean);
  marks.forEach((id, i) => {
    const mark = document.getElementById(id);
    if (!mark) return;
    mark.classList.add("linked");
    if (i === 0) mark.scrollIntoView({ block: "center" });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  for (const table of document.querySelectorAll("table.sortable")) {
    Array.from(table.tHead.rows[0].cells).forEach((header, column) => {
      const button = header.querySelector("button");
      if (button) button.addEventListener("click", () => sortTable(table, column, header));
    });
  }
  const filter = document.getElementById("filter");
  if (filter) {
    filter.addEventListener("input", () => filterTable(filter));
    if (filter.value) filterTable(filter);
  }
  for (const row of document.querySelectorAll("tr.fact")) {
    row.addEventListener("click", (event) => {
      if (event.target.closest("a")) return; // a link in the row goes to its own mark
      pickFact(row);
    });
    row.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        pickFact(row);
      }
    });
  }
});
