// Measures the reading lists of the page in the browser; run by test_browser_layout.py.
// arguments[0]: a CSS selector of the theme's content column.
// Returns what the test asserts: problems found, and how many entries were measured.
const content = document.querySelector(arguments[0]);
if (!content) return {error: "no content column " + arguments[0]};
const column = content.getBoundingClientRect();
const problems = [];
const name = (el) => {
  const text = (el.textContent || "").trim().slice(0, 40);
  return `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${text}"`;
};
const TOLERANCE = 1;

// 1. None of our elements is wider than the content column, nor sticks out of it, nor
//    holds content wider than itself.
const ours = document.querySelectorAll([
  ".reading-list", ".reading-list ul", ".reading-list li", ".reading-list table",
  ".reading-list .rubric", ".reading-list-progress", ".reading-list-summary",
  ".reading-list-summary table", ".reading-list-summary td",
  "span.reading-list-todo", "span.reading-list-reading", "span.reading-list-done",
  "span.reading-list-skipped",
].join(","));
let measured = 0;
for (const el of ours) {
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) continue;  // not shown
  measured += 1;
  if (box.width > column.width + TOLERANCE) {
    problems.push(`${name(el)} is ${box.width}px wide in a ${column.width}px column`);
  } else if (box.left < column.left - TOLERANCE || box.right > column.right + TOLERANCE) {
    problems.push(`${name(el)} spans ${box.left}-${box.right}, outside ${column.left}-${column.right}`);
  }
  if (el.matches("li, td, .rubric, table") && el.scrollWidth > el.clientWidth + TOLERANCE) {
    problems.push(`${name(el)} holds ${el.scrollWidth}px of content in ${el.clientWidth}px`);
  }
}

// 2. No list marker shows, whatever the theme's list styles.
let items = 0;
for (const li of document.querySelectorAll(".reading-list li")) {
  items += 1;
  const style = getComputedStyle(li);
  const before = getComputedStyle(li, "::before").content;
  const marker = style.display === "list-item"
    && (style.listStyleType !== "none" || style.listStyleImage !== "none");
  if (marker) problems.push(`${name(li)} shows a ${style.listStyleType} marker`);
  if (before && !["none", "normal", '""'].includes(before)) {
    problems.push(`${name(li)} has a ::before of ${before}`);
  }
}

// 3. Every line of an entry starts where its title starts (the badge hangs to the left).
const lineStarts = (range) => {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
  rects.sort((a, b) => a.top - b.top);
  const lines = [];
  for (const r of rects) {
    const line = lines.find((l) => r.top < l.bottom - 2 && r.bottom > l.top + 2);
    if (line) {
      line.left = Math.min(line.left, r.left);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else {
      lines.push({top: r.top, bottom: r.bottom, left: r.left});
    }
  }
  return lines.map((l) => l.left);
};
let wrapped = 0;
let badges = 0;
for (const p of document.querySelectorAll(".reading-list ul.reading-list-entries > li > p")) {
  const range = document.createRange();
  const badge = p.firstElementChild && p.firstElementChild.matches(
    ".reading-list-todo, .reading-list-reading, .reading-list-done, .reading-list-skipped"
  ) ? p.firstElementChild : null;
  if (badge) range.setStartAfter(badge); else range.setStart(p, 0);
  range.setEnd(p, p.childNodes.length);
  const starts = lineStarts(range);
  if (starts.length > 1) wrapped += 1;
  for (const start of starts.slice(1)) {
    if (Math.abs(start - starts[0]) > TOLERANCE) {
      problems.push(`${name(p)}: a wrapped line starts at ${start}, the title at ${starts[0]}`);
    }
  }
  if (badge) {
    badges += 1;
    const b = badge.getBoundingClientRect();
    if (b.right > starts[0] + TOLERANCE) {
      problems.push(`${name(badge)} ends at ${b.right}, over the title at ${starts[0]}`);
    }
    if (badge.scrollWidth > badge.clientWidth + TOLERANCE) {
      problems.push(`${name(badge)}: its word is wider than the badge`);
    }
  }
}

// 4. Badge text reads on the background it is drawn on (the theme's, tinted).
const rgba = (text) => {
  const m = text.match(/rgba?\(([^)]+)\)/);
  if (!m) return [0, 0, 0, 0];
  const parts = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
};
const background = (el) => {
  const layers = [];
  for (let node = el; node; node = node.parentElement) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  let result = [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse()) {
    result = [r * a + result[0] * (1 - a), g * a + result[1] * (1 - a), b * a + result[2] * (1 - a)];
  }
  return result;
};
const luminance = ([r, g, b]) => {
  const linear = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
let lowest = 21;
for (const badge of document.querySelectorAll(
  ".reading-list span.reading-list-todo, .reading-list span.reading-list-reading, "
  + ".reading-list span.reading-list-done, .reading-list span.reading-list-skipped"
)) {
  const ratio = contrast(rgba(getComputedStyle(badge).color).slice(0, 3), background(badge));
  lowest = Math.min(lowest, ratio);
  if (ratio < 4.5) problems.push(`${name(badge)}: contrast ${ratio.toFixed(2)} below 4.5`);
}

return {
  problems,
  measured,
  items,
  wrapped,
  badges,
  lowestContrast: lowest,
  pageLuminance: luminance(background(content)),
  columnWidth: column.width,
};
