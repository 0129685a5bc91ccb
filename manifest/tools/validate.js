// Validates a Teams app manifest offline: the committed v1.29 schema (JSON Schema draft-04, with Ajv's
// draft-04 dialect), then what the schema cannot say: both icons are PNGs of the sizes Teams requires.
// Usage: node manifest/tools/validate.js [manifest.json]   (exit 0 valid, 1 invalid, 2 cannot check)
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const manifestPath = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest.json'));
const schemaPath = path.join(__dirname, '..', 'schema', 'MicrosoftTeams.v1.29.schema.json');

function pngSize(file) {
  const bytes = fs.readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let manifest, schema;
try {
  manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
} catch (e) {
  console.error(`cannot read: ${e.message}`);
  process.exit(2);
}

// strict off: the published schema uses keywords (const, examples) that strict draft-04 mode refuses.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
delete schema.$schema;
const validate = ajv.compile(schema);
const problems = [];
if (!validate(manifest)) {
  for (const e of validate.errors) {
    problems.push(`${e.instancePath || '/'} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
  }
}

const expected = { color: 192, outline: 32 };
for (const [kind, size] of Object.entries(expected)) {
  const icon = manifest.icons && manifest.icons[kind];
  if (!icon) continue; // the schema already reported it
  const file = path.join(path.dirname(manifestPath), icon);
  if (!fs.existsSync(file)) { problems.push(`/icons/${kind} ${icon} does not exist`); continue; }
  const actual = pngSize(file);
  if (!actual) problems.push(`/icons/${kind} ${icon} is not a PNG`);
  else if (actual.width !== size || actual.height !== size) problems.push(`/icons/${kind} ${icon} is ${actual.width}x${actual.height}, Teams wants ${size}x${size}`);
}

if (problems.length > 0) {
  console.error(`${manifestPath} is not a valid Teams v1.29 manifest:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`${manifestPath}: valid against the Teams v1.29 schema; icons ${expected.color}x${expected.color} and ${expected.outline}x${expected.outline}`);
