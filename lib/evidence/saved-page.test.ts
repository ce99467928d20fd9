import { describe, expect, it } from "vitest";
import { savedPageView } from "./saved-page";

const file = { fileName: "ministry-page.html", sha256: "ab".repeat(32) };

describe("a saved page's view", () => {
  it("keeps the text, headings, tables and links, under a banner naming the evidence", () => {
    const view = savedPageView(
      `<!doctype html><html><head><title>Budget 2026 | Ministry</title></head><body><h1>Budget 2026</h1><p>Total: <b>$4.5bn</b>.</p><table><tr><td>Harbour</td><td>1.2</td></tr></table><a href="https://ministry.example/budget">Tables</a></body></html>`,
      file,
    );
    expect(view).toContain("<title>Budget 2026 | Ministry — saved copy</title>");
    expect(view).toContain(`SHA-256 <code>${file.sha256}</code>`);
    expect(view).toContain("<h1>Budget 2026</h1>");
    expect(view).toContain("<td>Harbour</td>");
    expect(view).toContain('<a href="https://ministry.example/budget" rel="noopener noreferrer nofollow" target="_blank">Tables</a>');
  });

  it("removes scripts, handlers, frames, forms, styles and anything fetched from elsewhere", () => {
    const view = savedPageView(
      `<html><head><script>steal()</script><link rel="stylesheet" href="https://tracker.example/a.css"><style>body{background:url(https://tracker.example/p.gif)}</style></head>
       <body onload="steal()"><p onclick="steal()">Text</p><img src="https://tracker.example/pixel.gif" alt="pixel"><img src="data:image/png;base64,iVBORw0KGgo=" alt="chart">
       <iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name="q"></form><a href="javascript:steal()">x</a><svg onload="steal()"><script>steal()</script></svg></body></html>`,
      file,
    );
    const body = view.slice(view.indexOf("</p>") + 4);
    expect(body).not.toMatch(/steal|tracker\.example|evil\.example|<script|<iframe|<form|<input|onclick|onload|javascript:/);
    expect(body).toContain("<p>Text</p>");
    expect(body).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="chart" />');
    expect(view.match(/<style>/g)).toHaveLength(1);
  });

  it("escapes the file name and title it shows", () => {
    const view = savedPageView("<title><script>x</script>A &amp; B</title><p>t</p>", { fileName: '<img src=x onerror="y">.html', sha256: "00" });
    expect(view).not.toContain("<img src=x");
    expect(view).toContain("&#60;img src=x onerror=&#34;y&#34;&#62;.html");
  });
});
