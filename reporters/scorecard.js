/**
 * The trustspec scorecard reporter for Jest: `reporters: ["default", "trustspec/reporters/scorecard"]`
 * (the trustspec preset adds it). Options: `["trustspec/reporters/scorecard", { dir, formats }]`
 * override the config's `reports`. The implementation is src/report/reporter.ts.
 */
module.exports = require("../dist/report/reporter.js").default;
