// Validates a STIX 2.1 bundle against the OASIS JSON schemas (draft 2020-12, $ref across files).
// Usage: node validate.js <schemas-dir> <bundle.json>
// The bundle schema checks only the common core of types it does not list (location, grouping),
// so every object is also checked against its own type's schema when there is one.
// Prints one line per problem and exits 1 when the bundle is invalid, 2 when it cannot run.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

function schemaFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(full);
    return entry.name.endsWith(".json") ? [full] : [];
  });
}

function main(args) {
  if (args.length !== 2) {
    console.error("usage: node validate.js <schemas-dir> <bundle.json>");
    return 2;
  }
  const [schemasDir, bundlePath] = args;
  // The OASIS patterns use escapes (\-) that JavaScript's unicode mode rejects.
  const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const byType = new Map();
  for (const file of schemaFiles(schemasDir)) {
    const schema = JSON.parse(fs.readFileSync(file, "utf8"));
    ajv.addSchema(schema);
    const folder = path.basename(path.dirname(file));
    if (folder === "sdos" || folder === "sros") byType.set(schema.title, schema.$id);
  }
  const bundleSchema = [...schemaFiles(schemasDir)].find((f) => f.endsWith(path.join("common", "bundle.json")));
  const bundleId = JSON.parse(fs.readFileSync(bundleSchema, "utf8")).$id;
  const bundle = JSON.parse(fs.readFileSync(bundlePath, "utf8"));

  const problems = [];
  const check = (schemaId, value, where) => {
    const validate = ajv.getSchema(schemaId);
    if (!validate(value))
      for (const e of validate.errors) problems.push(`${where}${e.instancePath} ${e.message} (${e.schemaPath})`);
  };
  check(bundleId, bundle, "bundle");
  (bundle.objects || []).forEach((object, i) => {
    const schemaId = byType.get(object.type);
    if (schemaId) check(schemaId, object, `objects[${i}] ${object.id}`);
  });

  for (const p of problems.slice(0, 50)) console.log(p);
  const checked = (bundle.objects || []).filter((o) => byType.has(o.type)).length;
  console.log(problems.length === 0
    ? `valid: ${(bundle.objects || []).length} objects, ${checked} checked against their type's schema`
    : `invalid: ${problems.length} problems`);
  return problems.length === 0 ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`cannot validate: ${e.message}`);
  process.exitCode = 2;
}
