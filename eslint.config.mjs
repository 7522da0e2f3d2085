// ESLint 9 flat config.
import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

// The plugin's own `recommended` array cannot be spread here: it registers a second
// copy of @typescript-eslint (typescript-eslint 8.8, a "Cannot redefine plugin" error),
// its parser setup fails on our .ts files, and it turns on prettier/prettier. So take
// only its office-addins/* rules (Office.js load/sync checks, no type information).
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

export default defineConfig(
  globalIgnores(["dist/", "node_modules/", "coverage/", "test-output/", "assets/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // `const { each: _each, ...rest } = raw` is how we drop a field from an object.
    rules: { "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }] },
  },
  {
    // Only where Office.js is used: these rules match method names such as getCell and
    // report ExcelJS code (test/factories-selftest) as unsynced Office.js reads.
    files: ["src/hosts/excel/**", "src/taskpane/**"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    // src/core is pure: it runs unchanged in Node, the browser and the Excel add-in.
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["fs", "path", "os", "exceljs", "jszip", "react", "react-dom", "docx", "echarts", "office-js"].map(
            (name) => ({ name, message: "src/core is pure: do I/O and host work outside src/core." }),
          ),
          patterns: [
            {
              group: ["node:*", "fs/*", "path/*", "os/*", "exceljs/*", "react/*", "react-dom/*", "@fluentui/*"],
              message: "src/core is pure: do I/O and host work outside src/core.",
            },
            {
              group: ["**/hosts", "**/hosts/**", "**/cli", "**/cli/**", "**/taskpane", "**/taskpane/**"],
              message: "src/core must not import from hosts, cli or taskpane; they depend on core, not the reverse.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read parsed JSON and poke at internals; `any` is the honest type there.
    files: ["test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Plain CommonJS files (configs, Jest shims, the bin script) run in Node.
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
