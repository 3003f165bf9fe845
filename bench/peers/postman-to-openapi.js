// `postman-to-openapi INPUT OUTPUT`: the package has no command line of its own.
const postmanToOpenApi = require('postman-to-openapi');
postmanToOpenApi(process.argv[2], process.argv[3], { defaultTag: 'General' })
  .then(() => console.log('wrote ' + process.argv[3]))
  .catch((e) => { console.error(String(e.message).split('\n')[0]); process.exit(1); });
