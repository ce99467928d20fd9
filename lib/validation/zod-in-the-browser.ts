import { z } from "zod";

// Zod compiles fast object parsers with `new Function`, which the pages' Content-Security-Policy
// forbids (it has no 'unsafe-eval'). Modules that build schemas in browser code import this
// first, so zod parses there without compiling; the server keeps the faster parsers.
if (typeof window !== "undefined") z.config({ jitless: true });
