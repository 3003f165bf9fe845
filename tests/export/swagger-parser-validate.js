// Validates API documents with @apidevtools/swagger-parser (an independent Swagger 2.0 /
// OpenAPI 3 validator: JSON Schema of the spec plus its semantic checks).
// Usage: node swagger-parser-validate.js PREFIX LIST   (LIST: one file path per line)
// Prints one JSON line per file: {"file": ..., "ok": true|false, "error": "first line"}.
'use strict';
const path = require('path');
const fs = require('fs');
const SwaggerParser = require(path.join(process.argv[2], 'node_modules', '@apidevtools', 'swagger-parser'));

async function main() {
    const files = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter((line) => line.length > 0);
    for (const file of files) {
        let result = { file, ok: true };
        try {
            await SwaggerParser.validate(file);
        } catch (error) {
            result = { file, ok: false, error: String(error && error.message || error).split('\n').slice(0, 3).join(' | ') };
        }
        process.stdout.write(JSON.stringify(result) + '\n');
    }
}

main().catch((error) => {
    process.stderr.write(String(error) + '\n');
    process.exit(1);
});
