// Builders for report tests: plain DTOs, no database.
import type { ArticleDto, ClaimDto, SourceDto } from "../dto";

export const person = { id: "u1", name: "Cara Checker" };

export function articleFixture(overrides: Partial<ArticleDto> = {}): ArticleDto {
  return {
    id: "a1",
    title: "Budget *vote*",
    text: "Jane Doe said 40 trains run.\n\nIn May the council met.",
    version: 3,
    state: "in_check",
    leadChecker: null,
    signedOffBy: null,
    signedOffAt: null,
    publishedUrl: "",
    coverageWaiver: "",
    publicationDate: null,
    createdAt: "2026-11-01T09:00:00.000Z",
    updatedAt: "2026-11-02T10:30:00.000Z",
    createdBy: person,
    updatedBy: person,
    ...overrides,
  };
}

export function sourceFixture(overrides: Partial<SourceDto> = {}): SourceDto {
  return {
    id: "s1",
    claimId: "c1",
    kind: "web",
    confidential: false,
    contact: "",
    url: "https://gov.example/cabinet",
    title: "Cabinet members",
    publisher: "Government of Example",
    excerpt: "Jane Doe, Secretary of State",
    accessedAt: "2026-11-02",
    version: 1,
    addedBy: person,
    createdAt: "2026-11-02T11:00:00.000Z",
    updatedAt: "2026-11-02T11:00:00.000Z",
    detailsHidden: false,
    evidence: [],
    ...overrides,
  };
}

export function claimFixture(overrides: Partial<ClaimDto> = {}): ClaimDto {
  return {
    id: "c1",
    articleId: "a1",
    quote: "Jane Doe",
    prefix: "",
    suffix: "",
    start: 0,
    end: 8,
    kind: "name",
    status: "unchecked",
    note: "",
    anchorState: "anchored",
    needsRecheck: false,
    previousQuote: null,
    correctedQuote: null,
    correctedStatus: null,
    version: 1,
    createdAt: "2026-11-01T09:00:00.000Z",
    updatedAt: "2026-11-01T09:00:00.000Z",
    createdBy: person,
    updatedBy: person,
    statusChangedBy: null,
    statusChangedAt: null,
    assigneeId: null,
    assignee: null,
    decision: null,
    decisionNote: "",
    noSourceReason: "",
    hint: "",
    decidedBy: null,
    decidedAt: null,
    commentCount: 0,
    threadResolvedAt: null,
    threadResolvedBy: null,
    sources: [],
    proposals: [],
    ...overrides,
  };
}
