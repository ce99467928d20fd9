// Every report type in every format, fed user text that tries to become markup, scripts, links,
// formulas or Word fields, and a confidential source whose identity must not appear anywhere.
import JSZip from "jszip";
import { parseHTML } from "linkedom";
import mammoth from "mammoth";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv/csv";
import { articleFixture, claimFixture, person, sourceFixture } from "../testing/report-fixtures";
import { buildReport } from "./build-report";
import { FORMATS_BY_TYPE, renderReport } from "./render-report";
import { REPORT_TYPES, type Report, type ReportType } from "./report-schema";

const PAYLOADS = [
  '<script>alert("x")</script>',
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "[click me](javascript:alert(1))",
  "![pixel](https://evil.example/p.png)",
  '{ DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc" }',
  '{ HYPERLINK "https://evil.example" }',
  "=cmd|' /C calc'!A0",
  "# Not a heading",
  "<!-- hidden --> &amp; | pipe | `code`",
];
const PAYLOAD = PAYLOADS.join(" ");
const SECRETS = ["Whistle Blower Name", "https://secret.example/dossier", "the exact words of the secret source", "Secret Publisher", "+1 555 0199"];

function hostileReport(type: ReportType): Report {
  const text = `${PAYLOAD}\n\nJane Doe said 40.`;
  const confidential = sourceFixture({
    id: "secret",
    kind: "person",
    confidential: true,
    title: SECRETS[0],
    url: SECRETS[1],
    excerpt: SECRETS[2],
    publisher: SECRETS[3],
    contact: SECRETS[4],
  });
  const hostileSource = sourceFixture({ id: "bad", url: "javascript:alert(1)", title: PAYLOAD, publisher: PAYLOADS[7], excerpt: PAYLOAD });
  const claims = [
    claimFixture({
      id: "c1",
      quote: PAYLOAD,
      start: 0,
      end: PAYLOAD.length,
      status: "incorrect",
      note: PAYLOAD,
      decision: "kept",
      decisionNote: PAYLOAD,
      decidedBy: { id: "u9", name: PAYLOAD },
      decidedAt: "2026-11-02T10:00:00.000Z",
      assigneeId: "u9",
      assignee: { id: "u9", name: PAYLOAD },
      needsRecheck: true,
      previousQuote: PAYLOAD,
      sources: [hostileSource, confidential, sourceFixture({ id: "ok", url: 'https://ok.example/a"><script>alert(1)</script>', title: PAYLOAD })],
    }),
    claimFixture({ id: "c2", quote: PAYLOAD, start: null, end: null, anchorState: "orphaned", status: "disputed", note: PAYLOAD, sources: [confidential] }),
  ];
  return buildReport({
    type,
    article: articleFixture({ title: PAYLOAD, text }),
    revision: 1,
    claims,
    comments: new Map([["c1", [{ author: { id: "u9", name: PAYLOAD }, body: PAYLOAD, createdAt: "2026-11-02T10:00:00.000Z" }]]]),
    filters: { statuses: null, kinds: null, assignees: null, notes: true, comments: true },
    generatedBy: person,
    generatedAt: new Date("2026-11-03T08:00:00Z"),
  });
}

/** No scripts, event handlers, embedded content or non-web links in an HTML document. */
function expectInertHtml(html: string) {
  const { document } = parseHTML(/^<!doctype/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  expect(document.querySelectorAll("script, img, svg, iframe, object, embed, link, base, form").length).toBe(0);
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/i);
  }
  for (const anchor of document.querySelectorAll("a[href]")) expect(anchor.getAttribute("href")).toMatch(/^(https?:\/\/|#)/);
  return document;
}

const cases = REPORT_TYPES.flatMap((type) => FORMATS_BY_TYPE[type].map((format) => ({ type, format })));

describe.each(cases)("$type report as $format", ({ type, format }) => {
  it("renders hostile text as text, never as active content", async () => {
    const output = await renderReport(hostileReport(type), format);
    switch (format) {
      case "html": {
        const document = expectInertHtml(output as string);
        expect(document.body.textContent).toContain('<script>alert("x")</script>');
        expect(document.body.textContent).toContain("[click me](javascript:alert(1))");
        break;
      }
      case "md": {
        const rendered = new MarkdownIt({ html: true, linkify: true }).render(output as string);
        const document = expectInertHtml(rendered);
        expect(document.querySelectorAll("h1").length).toBe(1);
        expect(document.body.textContent).toContain("<img src=x onerror=alert(1)>");
        expect(document.body.textContent).toContain("# Not a heading");
        break;
      }
      case "docx": {
        const zip = await JSZip.loadAsync(output);
        const xml = await Promise.all(
          Object.values(zip.files)
            .filter((file) => file.name.endsWith(".xml") || file.name.endsWith(".rels"))
            .map((file) => file.async("string")),
        );
        const all = xml.join("\n");
        expect(all).not.toMatch(/<w:(instrText|fldSimple|fldChar)\b/);
        for (const target of all.matchAll(/TargetMode="External"[^>]*|Target="([^"]+)"[^>]*TargetMode="External"/g)) expect(target[0]).not.toMatch(/javascript:/i);
        expect(all).not.toMatch(/Target="javascript:/i);
        const { value } = await mammoth.extractRawText({ buffer: output as Buffer });
        expect(value).toContain('{ DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc" }');
        expect(value).toContain('<script>alert("x")</script>');
        break;
      }
      case "csv": {
        for (const cell of parseCsv(output as string).flat()) expect(cell).not.toMatch(/^[=+\-@]/);
        expect(output).toContain("'=cmd|' /C calc'!A0");
        break;
      }
      case "json": {
        const parsed = JSON.parse(output as string) as Report;
        expect(parsed.claims[0]!.note).toBe(PAYLOAD);
        break;
      }
    }
  });

  it("never reveals a confidential source, only that it exists and its kind", async () => {
    const output = await renderReport(hostileReport(type), format);
    const texts = format === "docx" ? await docxTexts(output as Buffer) : [output as string];
    for (const content of texts) {
      for (const secret of SECRETS) expect(content).not.toContain(secret);
      expect(content).not.toContain("secret.example");
    }
    const joined = texts.join("\n");
    if (format === "json") expect(joined).toContain('"confidential": true');
    else expect(joined).toMatch(/Confidential source/);
    if (format !== "json") expect(joined).toMatch(/Person/);
  });
});

async function docxTexts(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  return Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      .map((file) => file.async("string")),
  );
}
