// A sample article written for Factdesk's demo. The city, people and figures are invented.

export const SAMPLE_ARTICLE_TITLE = "Harbour bridge reopens after 14-month repair, at €6 million over budget";

export const SAMPLE_ARTICLE_MARKDOWN = `Port Alder's harbour bridge reopened to traffic on Tuesday, 14 October 2025, fourteen months after inspectors found corrosion in two of its 48 steel suspension cables.

Mayor Elena Vasquez cut the ribbon alongside Transport Minister David Okafor, who called the repair "the most complex job this department has taken on in a generation."

## What it cost

The repair cost €38.2 million, about €6 million more than the council's original estimate, according to figures published by the Port Alder City Council. Deputy Mayor Priya Raman, who chairs the council's finance committee, said the overrun was covered by a loan from the European Investment Bank.

Before it closed in August 2024, some 41,000 vehicles crossed the bridge each day. The detour through the Kessel tunnel added an average of 22 minutes to a commuter's journey, the Harbour Authority estimated.

## What happens next

- Heavy goods vehicles over 40 tonnes remain banned until a load test in January 2026.
- Tolls return on 1 November 2025, at €2.50 per car.
- The Harbour Authority's chief executive, Tomás Lindqvist, said a full inspection would now take place every three years instead of every five.

"We will not be caught out again," Lindqvist told reporters. The bridge, designed by the engineer Margit Halvorsen, first opened in 1962.
`;

/** Claims the demo starts with, so the workspace shows the states a check goes through. */
export const SAMPLE_CLAIMS = [
  {
    quote: "Mayor Elena Vasquez",
    kind: "title",
    status: "verified",
    note: "Name and title match the council's list of elected officials.",
    source: {
      url: "https://example.org/port-alder/council/members",
      title: "Elected members of Port Alder City Council",
      publisher: "Port Alder City Council",
      excerpt: "Elena Vasquez, Mayor (since May 2023)",
    },
  },
  { quote: "14 October 2025", kind: "date", status: "verified", note: "Reopening date confirmed in the Harbour Authority's press release." },
  { quote: "Transport Minister David Okafor", kind: "title", status: "in_progress", note: "" },
  { quote: "€38.2 million", kind: "number", status: "in_progress", note: "Council's published accounts say €38.2m; checking whether VAT is included." },
  { quote: "41,000 vehicles", kind: "number", status: "disputed", note: "Harbour Authority counts 41,000; the 2023 traffic survey says 37,500." },
  { quote: "the most complex job this department has taken on in a generation.", kind: "quote", status: "unchecked", note: "" },
  { quote: "1962", kind: "date", status: "incorrect", note: "The bridge opened in 1964; construction began in 1962." },
] as const;
