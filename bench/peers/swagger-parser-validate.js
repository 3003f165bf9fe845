// `swagger-parser validate FILE`: @apidevtools/swagger-parser has no command line of its own.
const SwaggerParser = require('@apidevtools/swagger-parser');
SwaggerParser.validate(process.argv[2])
  .then(() => console.log(process.argv[2] + ' is valid'))
  .catch((e) => { console.error(String(e.message).split('\n')[0]); process.exit(1); });
