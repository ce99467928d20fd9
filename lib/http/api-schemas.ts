// Every zod schema the API validates requests with, by name: the OpenAPI description is
// generated from these same objects (lib/http/openapi.ts), so it cannot drift from the routes.
import * as publishing from "@/lib/validation/publishing";
import * as article from "@/lib/validation/article";
import * as articleList from "@/lib/validation/article-list";
import * as claim from "@/lib/validation/claim";
import * as comment from "@/lib/validation/comment";
import * as evidence from "@/lib/validation/evidence";
import * as common from "@/lib/validation/common";
import * as proposal from "@/lib/validation/proposal";
import * as register from "@/lib/validation/register";
import * as report from "@/lib/validation/report";
import * as search from "@/lib/validation/search";
import * as settings from "@/lib/validation/settings";
import * as source from "@/lib/validation/source";
import * as suggestion from "@/lib/validation/suggestion";
import * as user from "@/lib/validation/user";
import { ZAnnotationImportSchema } from "@/lib/publishing/web-annotation-import";
import { ZReportSchema } from "@/lib/reports/report-schema";

export const API_SCHEMAS = {
  ...article,
  ...articleList,
  ...claim,
  ...comment,
  ...evidence,
  ...common,
  ...publishing,
  ...proposal,
  ...register,
  ...report,
  ...search,
  ...settings,
  ...source,
  ...suggestion,
  ...user,
  ZAnnotationImportSchema,
  ZReportSchema,
};

export type ApiSchemaName = Extract<keyof typeof API_SCHEMAS, `Z${string}Schema`>;
