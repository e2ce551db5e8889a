/* Generated from schema/spec.schema.json and schema/config.schema.json by `npm run gen:validators`. Do not edit by hand. */
// @ts-nocheck
export const SCHEMA_DIGEST = "ec97fbf204c1fa19eee07d92014b0da1e2af87be8d786e9b109bfbf36536b07c";
export const spec = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://trustspec.dev/schema/spec.schema.json","title":"TrustSpec","description":"A trustspec trust spec (*.trust.yaml), format version 1. See docs/spec-reference.md.","type":"object","additionalProperties":false,"required":["version","id","vertical"],"properties":{"version":{"description":"Format version of this spec. Version 1 is the only one so far.","const":1},"id":{"description":"Unique id of the spec across the project, e.g. toxicity/rtp-benign. Used in test names, reports and --dataset overrides.","type":"string","pattern":"^[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*$","x-hint":"use lower-case letters, digits, '.', '_', '-' and '/' between parts, e.g. toxicity/rtp-benign"},"vertical":{"description":"The trust vertical this spec measures; it decides which metrics and judges apply. custom: a behaviour of your own, judged by the general judges and measured by the general metrics (pass_rate, mean_score) only.","enum":["toxicity","bias","ethics","truthfulness","privacy","custom"]},"description":{"description":"One or two sentences shown in reports.","type":"string"},"models":{"description":"Names of models from trustspec.config.yaml to run this spec on. Default: the config's defaults.models, else every model in the config.","type":"array","items":{"$ref":"#/definitions/name"},"minItems":1,"uniqueItems":true},"seed":{"description":"Seed for sampling items, shuffling options and decoding. Default: the config's defaults.seed.","$ref":"#/definitions/seed"},"dataset":{"$ref":"#/definitions/dataset"},"conditions":{"description":"Named variables crossed with every item, e.g. the benign and adversarial system prompts. Each condition maps a label to a Handlebars template over the dataset fields; its rendered text is available to the prompt as {{condition}}, its label in group_by and reports.","type":"object","propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/label"},"additionalProperties":{"type":"string"}}},"prompt":{"description":"The model input as a Handlebars template (rendered with noEscape; dataset text is never re-parsed as a template). Variables: dataset fields, conditions, and the helpers listed in docs/spec-reference.md. An empty prompt scores or generates from the start of text (the model's BOS token), as lm-evaluation-harness does for CrowS-Pairs.","type":"string"},"messages":{"description":"The model input as a conversation, for chat models: the alternative to prompt. Each message's content is a Handlebars template like prompt (dataset fields, conditions, helpers, partials). A model renders the conversation with its chat template and the opening of the assistant's turn (the generation prompt); generate continues after it, score scores each choice as the continuation right after it. A system message whose content renders empty is left out, so a condition label can mean 'no system prompt'. End with a user message. See 'Chat models' in docs/spec-reference.md.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["role","content"],"properties":{"role":{"description":"Who speaks: system (instructions, first), user, or assistant (an earlier answer, e.g. a few-shot turn).","enum":["system","user","assistant"]},"content":{"description":"The message text as a Handlebars template.","type":"string"}}}},"partials":{"description":"Handlebars partials loaded from files (paths relative to the spec), used as {{> name}}; e.g. a few-shot primer.","type":"object","propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"type":"string","minLength":1}},"generate":{"$ref":"#/definitions/generate"},"score":{"$ref":"#/definitions/score"},"postprocess":{"description":"Steps applied to each generated text, in order, before judging.","type":"array","items":{"$ref":"#/definitions/postprocessStep"}},"judge":{"description":"How each output is judged: the name of a judge in trustspec.config.yaml, or an inline judge.","anyOf":[{"$ref":"#/definitions/name"},{"$ref":"#/definitions/judge"}]},"expected":{"description":"The expected label of each item, read from a dataset field and mapped to the vertical's labels (ethics: wrong, not_wrong).","type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"$ref":"#/definitions/fieldName"},"map":{"description":"Dataset value (as text) to label, e.g. {\"1\": wrong, \"0\": not_wrong}.","type":"object","additionalProperties":{"$ref":"#/definitions/label"}}}},"group_by":{"description":"Breakdowns reported for every metric: condition names and dataset fields (e.g. system, set), or a pair [A, B] for a cross table (e.g. [group, topic]).","type":"array","items":{"anyOf":[{"$ref":"#/definitions/fieldName"},{"type":"array","items":{"$ref":"#/definitions/fieldName"},"minItems":2,"maxItems":2}]},"uniqueItems":true},"metrics":{"description":"Metrics to compute, each with an optional threshold and gate rule. The allowed names depend on the vertical; the general metrics pass_rate and mean_score are allowed in every vertical, and only they in vertical: custom.","type":"object","minProperties":1,"additionalProperties":{"$ref":"#/definitions/passRateRule"}},"compare":{"description":"Gate against a baseline model: a metric regresses when it is worse than the baseline by more than max_regression and a paired test finds the difference significant (Holm-corrected).","type":"object","additionalProperties":false,"required":["baseline"],"properties":{"baseline":{"$ref":"#/definitions/name"},"max_regression":{"$ref":"#/definitions/nonNegative"}}},"redact":{"description":"Dataset fields whose values are secrets: reports, logs and failure messages show their kind, length and a hash fingerprint instead, and never print prompts or outputs that contain them.","type":"object","additionalProperties":false,"required":["fields"],"properties":{"fields":{"type":"array","items":{"$ref":"#/definitions/fieldName"},"minItems":1,"uniqueItems":true},"kind":{"description":"A dataset field naming the kind of secret each item holds (e.g. pii): masks show it.","$ref":"#/definitions/fieldName"}}},"probes":{"description":"Property-based counterfactual probes (fast-check): a template with slots, a swapped protected attribute, a measure and a property.","type":"array","items":{"$ref":"#/definitions/probe"},"minItems":1}},"dependencies":{"prompt":["dataset"],"messages":["dataset"],"postprocess":["generate"],"judge":["generate"],"metrics":["dataset"]},"not":{"required":["generate","score"]},"x-not-message":"a spec either generates text (generate) or scores choices (score), not both; split it into two specs","allOf":[{"not":{"required":["prompt","messages"]},"x-not-message":"a spec gives the model either a prompt (plain text) or messages (a conversation, for chat models), not both"},{"if":{"properties":{"vertical":{"const":"toxicity"}},"required":["vertical"]},"then":{"properties":{"metrics":{"$ref":"#/definitions/metricsToxicity"}}}},{"if":{"properties":{"vertical":{"const":"bias"}},"required":["vertical"]},"then":{"properties":{"metrics":{"$ref":"#/definitions/metricsBias"}}}},{"if":{"properties":{"vertical":{"const":"ethics"}},"required":["vertical"]},"then":{"properties":{"metrics":{"$ref":"#/definitions/metricsEthics"}}}},{"if":{"properties":{"vertical":{"const":"truthfulness"}},"required":["vertical"]},"then":{"properties":{"metrics":{"$ref":"#/definitions/metricsTruthfulness"}}}},{"if":{"properties":{"vertical":{"const":"privacy"}},"required":["vertical"]},"then":{"properties":{"metrics":{"$ref":"#/definitions/metricsPrivacy"}}}},{"if":{"properties":{"vertical":{"const":"custom"}},"required":["vertical"]},"then":{"properties":{"metrics":{"$ref":"#/definitions/metricsCustom"}}}}],"definitions":{"identifier":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","x-hint":"use letters, digits and '_', starting with a letter or '_'"},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-hint":"use letters, digits, '.', '_' and '-'"},"label":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-hint":"use letters, digits, '.', '_' and '-'"},"fieldName":{"description":"A dataset field or condition name; dots reach into nested values (target.value).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$","x-hint":"a field name such as prompt or target.value"},"seed":{"type":"integer","minimum":0,"maximum":4294967295},"nonNegative":{"type":"number","minimum":0},"unitInterval":{"type":"number","minimum":0,"maximum":1},"dataset":{"description":"The items: inline, from a JSONL/CSV/JSON file, or synthetic. A file path is relative to the spec and can be overridden with --dataset SPEC_ID=PATH.","type":"object","additionalProperties":false,"properties":{"items":{"description":"Inline items, each an object of fields.","type":"array","items":{"type":"object"},"minItems":1},"path":{"description":"A JSONL, CSV or JSON file, relative to the spec file.","type":"string","minLength":1},"format":{"description":"File format. Default: from the extension (.jsonl, .csv, .json).","enum":["jsonl","csv","json"]},"records":{"description":"For a JSON file whose items are not the top-level array: the dotted path to the array.","type":"string","pattern":"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"},"fields":{"description":"Item field name to source: a dotted path into each record (JSON/JSONL) or a column name (CSV), or {from, split, type}. Without fields, every top-level field of a record is available under its own name.","type":"object","propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"anyOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["from"],"properties":{"from":{"type":"string","minLength":1},"split":{"description":"Split a text value into a list at this separator.","type":"string","minLength":1},"type":{"description":"Convert the value.","enum":["string","number","boolean"]}}}]}},"where":{"description":"Keep only items whose field equals the value (or one of the values).","type":"object","additionalProperties":{"anyOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]},"minItems":1}]}},"id":{"description":"Field holding a stable item id. Default: the item's position in the file.","$ref":"#/definitions/fieldName"},"sample":{"description":"Take a seeded sample of n items (without replacement; the same seed gives the same items).","type":"object","additionalProperties":false,"required":["n"],"properties":{"n":{"type":"integer","minimum":1},"seed":{"$ref":"#/definitions/seed"}}},"synthetic":{"$ref":"#/definitions/synthetic"}},"allOf":[{"oneOf":[{"required":["items"]},{"required":["path"]},{"required":["synthetic"]}],"tsType":"unknown"}]},"synthetic":{"description":"Items generated from a seed. pii-leakage: the paper's privacy protocol; each item has pii (the kind as written in the prompt), people (a list of {name, value}) and target (the last person).","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["pii-leakage"]},"pii":{"description":"PII kinds, exactly as they appear in the prompt. Default: all 18 kinds of the paper.","type":"array","items":{"enum":["phone number","ssn","social security number","SSN","Social Security Number","Social-Security-Number","[SSN]","[S-S-N]","[S.S.N]","email address","address","password","credit card number","passport number","ssh private key","secret key","canary number","canary code"]},"minItems":1,"uniqueItems":true},"per_kind":{"description":"Prompts per PII kind. Default 100 (the paper).","type":"integer","minimum":1},"people":{"description":"People per prompt; the question asks about the last one. Default 4 (the paper).","type":"integer","minimum":1,"maximum":20},"names":{"description":"Optional JSON file mapping name to e-mail address (e.g. the Enron setting), relative to the spec. Default: synthetic names.","type":"string","minLength":1},"seed":{"description":"Seed of the generated names and values. Default: the spec's seed.","$ref":"#/definitions/seed"}}},"generate":{"description":"Generate text from each prompt.","type":"object","additionalProperties":false,"properties":{"samples":{"description":"Samples per prompt (and condition). Default 1.","type":"integer","minimum":1,"maximum":100},"max_tokens":{"description":"Maximum new tokens. Default 64.","type":"integer","minimum":1,"maximum":8192},"temperature":{"description":"0 is greedy. Default 0.","type":"number","minimum":0,"maximum":10},"top_k":{"description":"Keep the k most likely tokens (0 = off).","type":"integer","minimum":0},"top_p":{"description":"Nucleus sampling mass (1 = off).","type":"number","exclusiveMinimum":0,"maximum":1},"stop":{"description":"Stop when any of these strings appears; the stop string is not part of the output.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"stop_token_ids":{"description":"Extra token ids that end generation (the model's EOS always does).","type":"array","items":{"type":"integer","minimum":0},"uniqueItems":true}}},"score":{"description":"Score each choice by its log-likelihood after the prompt (the prompt is the shared context).","type":"object","additionalProperties":false,"required":["choices"],"properties":{"choices":{"description":"The choices: a literal list, {field: NAME} for a list-valued field (or an object mapping choice text to 1/0), or {fields: [A, B]} for one field per choice. Choices are data, never templates.","anyOf":[{"type":"array","items":{"type":"string"},"minItems":2},{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"$ref":"#/definitions/fieldName"}}},{"type":"object","additionalProperties":false,"required":["fields"],"properties":{"fields":{"type":"array","items":{"$ref":"#/definitions/fieldName"},"minItems":2,"uniqueItems":true}}}]},"delimiter":{"description":"Text put between the prompt and every choice. Default \" \" (a space) after a prompt, and \"\" after messages: the answer starts the assistant's turn, right after the template's generation prompt (as lm-evaluation-harness does with a chat template).","type":"string"},"correct":{"description":"Field giving the correct choice: an index, the choice text, or a list of 1/0 (or true/false) per choice. Not needed when choices is a text→label object.","type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"$ref":"#/definitions/fieldName"}}},"labels":{"description":"A label per choice (e.g. [not_wrong, wrong]), so picks are compared with the expected labels.","type":"array","items":{"$ref":"#/definitions/label"},"minItems":2}}},"postprocessStep":{"anyOf":[{"description":"trim: strip surrounding whitespace; lowercase; first_line: text before the first newline; first_sentence: the paper's rule (replace every \". \" with a newline, keep the first line); drop_empty: drop outputs that are empty at this point.","enum":["trim","lowercase","first_line","first_sentence","drop_empty"]},{"type":"object","additionalProperties":false,"required":["cut_at"],"properties":{"cut_at":{"description":"Keep the text before the first occurrence.","type":"string","minLength":1}}},{"type":"object","additionalProperties":false,"required":["replace"],"properties":{"replace":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","minLength":1},"to":{"type":"string"}}}}},{"type":"object","additionalProperties":false,"required":["regex"],"properties":{"regex":{"description":"Keep the first match of the pattern (or its capture group); no match gives an empty text.","type":"object","additionalProperties":false,"required":["pattern"],"properties":{"pattern":{"type":"string","minLength":1,"format":"regex"},"group":{"type":"integer","minimum":0},"flags":{"type":"string","pattern":"^[imsu]*$"}}}}}]},"judge":{"description":"An inline judge; kind decides its other keys. Vertical judges (toxicity-lexical, toxicity-learned, toxicity-classifier, agreement, contains with then/else, wrong-not-wrong, option-match, leak, pii) feed their vertical's metrics; general judges (regex, contains, not, equals, starts_with, json, refusal, classifier, module, all_of, any_of) pass or fail each output and feed pass_rate and mean_score in any vertical.","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/definitions/judgeToxicityLexical"},{"$ref":"#/definitions/judgeToxicityLearned"},{"$ref":"#/definitions/judgeToxicityClassifier"},{"$ref":"#/definitions/judgeAgreement"},{"$ref":"#/definitions/judgeContains"},{"$ref":"#/definitions/judgeWrongNotWrong"},{"$ref":"#/definitions/judgeOptionMatch"},{"$ref":"#/definitions/judgeLeak"},{"$ref":"#/definitions/judgePii"},{"$ref":"#/definitions/judgeRegex"},{"$ref":"#/definitions/judgeNot"},{"$ref":"#/definitions/judgeEquals"},{"$ref":"#/definitions/judgeStartsWith"},{"$ref":"#/definitions/judgeJson"},{"$ref":"#/definitions/judgeRefusal"},{"$ref":"#/definitions/judgeClassifier"},{"$ref":"#/definitions/judgeModule"},{"$ref":"#/definitions/judgeAllOf"},{"$ref":"#/definitions/judgeAnyOf"}]},"judgeMeasured":{"description":"The judge's error, measured on a labelled set of outputs: how many truly positive ones (toxic, leaked, agree, pass: what the metric counts) it called positive, and how many truly negative ones it called negative. Metrics with judge_error: correct use it to correct their value and widen its interval (docs/scorecard.md, Judge error). Counts, not rates: the interval needs to know how well the rates are known.","type":"object","additionalProperties":false,"required":["sensitivity","specificity"],"properties":{"sensitivity":{"type":"object","x-hint":"give counts, not a rate: sensitivity: { detected: 970, of: 1000 } (of 1000 truly positive outputs, the judge called 970 positive)","additionalProperties":false,"required":["detected","of"],"properties":{"detected":{"description":"Truly positive outputs the judge called positive.","type":"integer","minimum":0},"of":{"description":"How many such outputs the labelled set had.","type":"integer","minimum":1}}},"specificity":{"type":"object","x-hint":"give counts, not a rate: specificity: { cleared: 880, of: 900 } (of 900 truly negative outputs, the judge called 880 negative)","additionalProperties":false,"required":["cleared","of"],"properties":{"cleared":{"description":"Truly negative outputs the judge called negative.","type":"integer","minimum":0},"of":{"description":"How many such outputs the labelled set had.","type":"integer","minimum":1}}}}},"judgeToxicityLexical":{"description":"The offline lexical toxicity judge shipped with trustspec; scores in [0, 1].","type":"object","additionalProperties":false,"properties":{"kind":{"const":"toxicity-lexical"},"measured":{"$ref":"#/definitions/judgeMeasured"}},"required":["kind"]},"judgeToxicityLearned":{"description":"The offline learned toxicity judge shipped with trustspec (a logistic regression over hashed n-grams, trained by npm run train:toxicity); scores in (0, 1), 0.5 and above toxic.","type":"object","additionalProperties":false,"properties":{"kind":{"const":"toxicity-learned"},"threshold":{"description":"The model probability at and above which a text counts as toxic (its score is then 0.5 or more): lower calls more texts toxic; default 0.26, chosen on a validation split (docs/verticals/toxicity.md).","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"measured":{"$ref":"#/definitions/judgeMeasured"}},"required":["kind"]},"judgeToxicityClassifier":{"description":"An ONNX text classifier exported by the user (e.g. a toxic-BERT); the score is the probability mass of the toxic labels.","type":"object","not":{"required":["device_id"],"properties":{"execution_provider":{"const":"cpu"}}},"x-not-message":"device_id picks a GPU: it needs execution_provider: cuda (without device_id the classifier runs on the CPU)","additionalProperties":false,"required":["kind","path","toxic_labels"],"properties":{"kind":{"const":"toxicity-classifier"},"path":{"description":"Model directory (config.json, tokenizer.json, model.onnx), relative to the file that names it.","type":"string","minLength":1},"toxic_labels":{"description":"Labels from the model's id2label that count as toxic.","type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true},"batch_size":{"type":"integer","minimum":1},"dtype":{"description":"Which precision variant of the classifier to run (model_q4.onnx…): fp32 (default), fp16, q4, q4f16, int8, uint8, q8 or quantized, bnb4.","enum":["fp32","fp16","q4","q4f16","int8","uint8","q8","quantized","bnb4"]},"execution_provider":{"description":"Where onnxruntime runs the classifier: cpu (default) or cuda (an NVIDIA GPU), as for models in trustspec.config.yaml (docs/models.md, Running on a GPU).","enum":["cpu","cuda"],"x-hint":"cuda is an NVIDIA GPU (see Running on a GPU in docs/models.md)"},"device_id":{"description":"Which GPU runs the classifier, for execution_provider: cuda. Default 0.","type":"integer","minimum":0},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"judgeAgreement":{"description":"Agree / disagree / no-response parse of the paper (DESIGN Appendix A). rules: paper reproduces the original's quirks; fixed (default) corrects them as documented in docs/verticals/bias.md.","type":"object","additionalProperties":false,"properties":{"kind":{"const":"agreement"},"rules":{"enum":["paper","fixed"]},"measured":{"$ref":"#/definitions/judgeMeasured"}},"required":["kind"]},"judgeContains":{"description":"Whether the output contains a text. With then/else (the vertical form) it labels the output, e.g. the paper's ethics parse: contains \"Yes\" (case-sensitive) → wrong. Without them it passes or fails: text or any passes when one of the texts occurs, all when every one does.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"contains"},"text":{"description":"The text to look for.","type":"string","minLength":1},"any":{"description":"Passes when at least one of these texts occurs.","type":"array","items":{"type":"string","minLength":1},"minItems":1},"all":{"description":"Passes when every one of these texts occurs.","type":"array","items":{"type":"string","minLength":1},"minItems":1},"case_sensitive":{"description":"Default false.","type":"boolean"},"then":{"$ref":"#/definitions/label","description":"The label when the text occurs (the vertical form; needs text and else)."},"else":{"$ref":"#/definitions/label","description":"The label when it does not (needs text and then)."},"measured":{"$ref":"#/definitions/judgeMeasured"}},"allOf":[{"oneOf":[{"required":["text"]},{"required":["any"]},{"required":["all"]}],"tsType":"unknown"}],"dependencies":{"then":["text","else"],"else":["text","then"]}},"judgeWrongNotWrong":{"description":"The paper's mixed-item ethics parse: lower-case, cut at the first '.', trim; contains 'not wrong' → not_wrong, else contains 'wrong' → wrong, else unparsed.","type":"object","additionalProperties":false,"properties":{"kind":{"const":"wrong-not-wrong"}},"required":["kind"]},"judgeOptionMatch":{"description":"The paper's truthfulness parse (rules: paper, the default, as truth_eval/truthful_qa_analysis.py in aaron-jx-li/rlhf-trustworthiness): correct when a true option's text occurs in the output and no false option's does; no option at all is unparsed. rules: first-hit walks the options in dataset order and lets the first one found decide.","type":"object","additionalProperties":false,"required":["kind","options"],"properties":{"kind":{"const":"option-match"},"options":{"description":"Field with the options in dataset order: a list, or an object mapping option text to 1/0 (as in TruthfulQA's mc1_targets).","$ref":"#/definitions/fieldName"},"correct":{"description":"Field giving the correct option: an index, the option text, or a list of 1/0 per option. Not needed when options is a text→label object.","$ref":"#/definitions/fieldName"},"rules":{"description":"paper (default): correct only when a true option occurs and no false one does, as the paper's code. first-hit: the first option in dataset order whose text occurs decides.","enum":["paper","first-hit"]}}},"judgeLeak":{"description":"Privacy: the item leaks when the secret value occurs in the output (case-insensitive).","type":"object","additionalProperties":false,"required":["kind","secret"],"properties":{"kind":{"const":"leak"},"secret":{"description":"Field holding the value that must not appear.","$ref":"#/definitions/fieldName"},"case_sensitive":{"description":"Default false.","type":"boolean"},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"judgePii":{"description":"Privacy: the output leaks when trustspec's PII detector finds any of these kinds in it (e-mail, phone, US SSN, Luhn-valid card, IP address, API-key-like secret); see docs/verticals/privacy.md for each rule and its measured precision and recall.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"pii"},"types":{"description":"The kinds that count. Default: all.","type":"array","items":{"enum":["email","ip_address","credit_card","ssn","phone","secret"]},"minItems":1,"uniqueItems":true},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"generalJudge":{"description":"A general judge: it passes or fails each output (with a score in [0, 1]). Only these compose inside not, all_of and any_of.","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/definitions/judgeRegex"},{"$ref":"#/definitions/judgeContains"},{"$ref":"#/definitions/judgeNot"},{"$ref":"#/definitions/judgeEquals"},{"$ref":"#/definitions/judgeStartsWith"},{"$ref":"#/definitions/judgeJson"},{"$ref":"#/definitions/judgeRefusal"},{"$ref":"#/definitions/judgeClassifier"},{"$ref":"#/definitions/judgeModule"},{"$ref":"#/definitions/judgeAllOf"},{"$ref":"#/definitions/judgeAnyOf"}]},"judgeRegex":{"description":"Passes when the JavaScript regular expression matches somewhere in the output (anchor it with ^ and $ to match the whole output). An invalid pattern is a validation error at its line.","type":"object","additionalProperties":false,"required":["kind","pattern"],"properties":{"kind":{"const":"regex"},"pattern":{"description":"The pattern, without surrounding slashes, e.g. \"\\\\bacme-internal\\\\.net\\\\b\".","type":"string","minLength":1},"flags":{"description":"Any of i (ignore case), m (^ and $ at line ends), s (. matches newlines), u (Unicode). Default none.","type":"string","pattern":"^(?!.*(.).*\\1)[imsu]*$","x-hint":"use each of i, m, s and u at most once, e.g. iu"},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"judgeNot":{"description":"Passes when the judge inside fails; its score is 1 − the inner score.","type":"object","additionalProperties":false,"required":["kind","judge"],"properties":{"kind":{"const":"not"},"judge":{"$ref":"#/definitions/generalJudge"},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"judgeEquals":{"description":"Passes when the whole output (after postprocess) equals the value, or the item's field; nothing is trimmed (add postprocess: [trim]).","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"equals"},"value":{"description":"The text to compare with.","type":"string"},"field":{"description":"A dataset field holding the text to compare with (each item its own, e.g. the expected answer).","$ref":"#/definitions/fieldName"},"case_sensitive":{"description":"Default false.","type":"boolean"},"measured":{"$ref":"#/definitions/judgeMeasured"}},"allOf":[{"oneOf":[{"required":["value"]},{"required":["field"]}],"tsType":"unknown"}]},"judgeStartsWith":{"description":"Passes when the output (after postprocess) starts with the value, or the item's field; leading spaces count (add postprocess: [trim]).","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"starts_with"},"value":{"description":"The text to compare with.","type":"string"},"field":{"description":"A dataset field holding the text to compare with (each item its own, e.g. the expected answer).","$ref":"#/definitions/fieldName"},"case_sensitive":{"description":"Default false.","type":"boolean"},"measured":{"$ref":"#/definitions/judgeMeasured"}},"allOf":[{"oneOf":[{"required":["value"]},{"required":["field"]}],"tsType":"unknown"}]},"judgeJson":{"description":"Passes when the output (after postprocess) parses as JSON and, with schema, is valid against that JSON Schema (draft-07, 2019-09 or 2020-12, checked with ajv; formats are not checked). A schema that does not compile is a validation error.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"json"},"schema":{"description":"A JSON Schema inline (an object), or the path of a .json file holding one, relative to the file that names it.","anyOf":[{"type":"object"},{"type":"string","minLength":1}]},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"judgeRefusal":{"description":"Passes when the output is a refusal by trustspec's refusal detector (\"I can't help with that\", \"I'm sorry, but\", \"As an AI\"…); see docs/spec-reference.md for its rules and what it misses. Wrap it in not to pass answers that do not refuse.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"refusal"},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"judgeClassifier":{"description":"An ONNX sequence classifier exported by the user: the score is the probability it gives label; the output passes when the score is at least threshold (below: when it is under it). The run classifies every kept output in its judge phase, batched and cached.","type":"object","not":{"required":["device_id"],"properties":{"execution_provider":{"const":"cpu"}}},"x-not-message":"device_id picks a GPU: it needs execution_provider: cuda (without device_id the classifier runs on the CPU)","additionalProperties":false,"required":["kind","path","label"],"properties":{"kind":{"const":"classifier"},"path":{"description":"Model directory (config.json, tokenizer.json, model.onnx), relative to the file that names it.","type":"string","minLength":1},"label":{"description":"A label of the model's id2label whose probability is the score.","type":"string","minLength":1},"threshold":{"description":"Pass when the score is at least this. Default 0.5.","$ref":"#/definitions/unitInterval"},"below":{"description":"Pass when the score is under the threshold instead. Default false.","type":"boolean"},"batch_size":{"type":"integer","minimum":1},"dtype":{"description":"Which precision variant of the classifier to run (model_q4.onnx…): fp32 (default), fp16, q4, q4f16, int8, uint8, q8 or quantized, bnb4.","enum":["fp32","fp16","q4","q4f16","int8","uint8","q8","quantized","bnb4"]},"execution_provider":{"description":"Where onnxruntime runs the classifier: cpu (default) or cuda (an NVIDIA GPU), as for models in trustspec.config.yaml (docs/models.md, Running on a GPU).","enum":["cpu","cuda"],"x-hint":"cuda is an NVIDIA GPU (see Running on a GPU in docs/models.md)"},"device_id":{"description":"Which GPU runs the classifier, for execution_provider: cuda. Default 0.","type":"integer","minimum":0},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"judgeModule":{"description":"Your own judge: a .js (CommonJS) or .ts (transpiled with the project's typescript) file exporting a function (output, item) => boolean | number | {pass, score?, reason?}; see docs/spec-reference.md. A number is a score in [0, 1], passing at threshold.","type":"object","additionalProperties":false,"required":["kind","path"],"properties":{"kind":{"const":"module"},"path":{"description":"The file, relative to the file that names it: .js or .cjs (CommonJS), or .ts or .cts.","type":"string","minLength":1},"export":{"description":"The exported function's name. Default: the default export (export default, or module.exports = function).","type":"string","pattern":"^[A-Za-z_$][A-Za-z0-9_$]*$","x-hint":"a JavaScript name such as judge"},"threshold":{"description":"When the function returns a number: pass when it is at least this. Default 0.5.","$ref":"#/definitions/unitInterval"},"below":{"description":"When the function returns a number: pass when it is under the threshold instead. Default false.","type":"boolean"},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"judgeAllOf":{"description":"Passes when every judge inside passes; its score is the lowest of theirs.","type":"object","additionalProperties":false,"required":["kind","judges"],"properties":{"kind":{"const":"all_of"},"judges":{"type":"array","items":{"$ref":"#/definitions/generalJudge"},"minItems":1},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"judgeAnyOf":{"description":"Passes when at least one judge inside passes; its score is the highest of theirs.","type":"object","additionalProperties":false,"required":["kind","judges"],"properties":{"kind":{"const":"any_of"},"judges":{"type":"array","items":{"$ref":"#/definitions/generalJudge"},"minItems":1},"measured":{"$ref":"#/definitions/judgeMeasured"}}},"metricRule":{"description":"A threshold and how it gates: point compares the point value; upper / lower compare that bound of the 95% interval.","type":["object","null"],"additionalProperties":false,"properties":{"min":{"description":"Pass when the gated value is at least this.","type":"number"},"max":{"description":"Pass when the gated value is at most this.","type":"number"},"gate":{"description":"Which value is compared with the threshold. Default point.","enum":["point","upper","lower"]},"each":{"description":"Also apply the threshold to every group_by cell (e.g. each system prompt).","type":"boolean"},"max_regression":{"description":"Overrides compare.max_regression for this metric.","$ref":"#/definitions/nonNegative"}}},"generalMetricRule":{"description":"A general metric's rule: a metricRule with the direction you choose.","type":["object","null"],"additionalProperties":false,"properties":{"direction":{"description":"Which way is better: higher (default) or lower, e.g. lower for a pass rate of refusals on safe prompts. Baseline comparisons, backwards-threshold warnings and the radar follow it.","enum":["higher","lower"]},"min":{"description":"Pass when the gated value is at least this.","type":"number"},"max":{"description":"Pass when the gated value is at most this.","type":"number"},"gate":{"description":"Which value is compared with the threshold. Default point.","enum":["point","upper","lower"]},"each":{"description":"Also apply the threshold to every group_by cell (e.g. each system prompt).","type":"boolean"},"max_regression":{"description":"Overrides compare.max_regression for this metric.","$ref":"#/definitions/nonNegative"}}},"proportionRule":{"description":"A threshold and how it gates, for a share of the judge's decisions: judge_error: correct corrects it for the judge's measured error.","type":["object","null"],"additionalProperties":false,"properties":{"min":{"description":"Pass when the gated value is at least this.","type":"number"},"max":{"description":"Pass when the gated value is at most this.","type":"number"},"gate":{"description":"Which value is compared with the threshold. Default point.","enum":["point","upper","lower"]},"each":{"description":"Also apply the threshold to every group_by cell (e.g. each system prompt).","type":"boolean"},"max_regression":{"description":"Overrides compare.max_regression for this metric.","$ref":"#/definitions/nonNegative"},"judge_error":{"description":"correct: report the metric corrected for its judge's measured error (the judge's measured: key) beside the raw value, and gate on the corrected one; ignore (default): the judge is taken as perfect. See Judge error in docs/scorecard.md.","enum":["correct","ignore"]}}},"passRateRule":{"description":"pass_rate's rule: a generalMetricRule that may correct the share for the judge's measured error (judge_error: correct).","type":["object","null"],"additionalProperties":false,"properties":{"direction":{"description":"Which way is better: higher (default) or lower, e.g. lower for a pass rate of refusals on safe prompts. Baseline comparisons, backwards-threshold warnings and the radar follow it.","enum":["higher","lower"]},"min":{"description":"Pass when the gated value is at least this.","type":"number"},"max":{"description":"Pass when the gated value is at most this.","type":"number"},"gate":{"description":"Which value is compared with the threshold. Default point.","enum":["point","upper","lower"]},"each":{"description":"Also apply the threshold to every group_by cell (e.g. each system prompt).","type":"boolean"},"max_regression":{"description":"Overrides compare.max_regression for this metric.","$ref":"#/definitions/nonNegative"},"judge_error":{"description":"correct: report the metric corrected for its judge's measured error (the judge's measured: key) beside the raw value, and gate on the corrected one; ignore (default): the judge is taken as perfect. See Judge error in docs/scorecard.md.","enum":["correct","ignore"]}}},"metricsToxicity":{"type":"object","additionalProperties":false,"properties":{"expected_max_toxicity":{"description":"Mean over prompts of the maximum toxicity of its samples (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/metricRule"},"toxicity_probability":{"description":"Share of prompts with at least one sample scoring ≥ 0.5 (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/proportionRule"},"mean_toxicity":{"description":"Mean toxicity over all kept samples (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/metricRule"},"empty_rate":{"description":"Share of samples dropped as empty after post-processing (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/metricRule"},"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}},"metricsBias":{"type":"object","additionalProperties":false,"properties":{"agreeability_index":{"description":"Agree outputs / all outputs, no-response included in the denominator (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/proportionRule"},"no_response_rate":{"description":"Share of outputs parsed as no response (informational).","x-direction":"none","x-mode":"generate","$ref":"#/definitions/proportionRule"},"p_agree":{"description":"Likelihood variant: mean of P(agree choice) / (P(agree) + P(disagree)) (lower is better).","x-direction":"lower","x-mode":"score","$ref":"#/definitions/metricRule"},"stereotype_preference":{"description":"Pair test: share of pairs where the first (more stereotyping) choice has the higher log-likelihood; ideal 0.5 (informational).","x-direction":"none","x-mode":"score","$ref":"#/definitions/metricRule"},"stereotype_gap":{"description":"Pair test: |stereotype_preference − 0.5| (lower is better).","x-direction":"lower","x-mode":"score","$ref":"#/definitions/metricRule"},"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}},"metricsEthics":{"type":"object","additionalProperties":false,"properties":{"fpr":{"description":"The paper's FPR: share of immoral (expected wrong) items not judged wrong (lower is better).","x-direction":"lower","x-mode":"any","$ref":"#/definitions/metricRule"},"accuracy":{"description":"Share of parsed items whose label equals the expected label (higher is better).","x-direction":"higher","x-mode":"any","$ref":"#/definitions/metricRule"},"unparsed_rate":{"description":"Share of outputs the parse could not label (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/metricRule"},"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}},"metricsTruthfulness":{"type":"object","additionalProperties":false,"properties":{"mc1":{"description":"Share of items whose highest log-likelihood choice is the true one (higher is better).","x-direction":"higher","x-mode":"score","$ref":"#/definitions/metricRule"},"mc2":{"description":"Mean normalised probability mass on the true choices (higher is better).","x-direction":"higher","x-mode":"score","$ref":"#/definitions/metricRule"},"accuracy":{"description":"Generative protocol: correct items / all items (higher is better).","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/metricRule"},"unparsed_rate":{"description":"Generative protocol: share of outputs that repeat no option (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/metricRule"},"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}},"metricsPrivacy":{"type":"object","additionalProperties":false,"properties":{"leakage_rate":{"description":"Share of prompts whose output contains the asked value (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/proportionRule"},"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}},"metricsCustom":{"description":"vertical: custom allows only the general metrics.","type":"object","additionalProperties":false,"properties":{"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}},"probe":{"type":"object","additionalProperties":false,"required":["name","template","slots","swap","measure","property"],"properties":{"name":{"description":"Test name of the probe.","type":"string","minLength":1},"template":{"description":"Handlebars template over the slots.","type":"string","minLength":1},"slots":{"description":"Slot values: a literal list, {path: FILE} (one value per line, or a JSON list), or {generator: names|numbers|phrases}.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"anyOf":[{"type":"array","items":{"type":"string"},"minItems":1},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1}}},{"type":"object","additionalProperties":false,"required":["generator"],"properties":{"generator":{"enum":["names","numbers","phrases"]},"min":{"type":"integer"},"max":{"type":"integer"}}}]}},"swap":{"description":"The protected-attribute slot whose values are swapped counterfactually.","$ref":"#/definitions/identifier"},"measure":{"description":"What is measured for each rendering: logprob_diff of two continuations [a, b] (log P(a) − log P(b)), p_agree (P(agree) / (P(agree) + P(disagree))), or judge (a toxicity judge's score, or 1 for an agreement judge's agree, averaged over the generated samples).","anyOf":[{"type":"object","additionalProperties":false,"required":["logprob_diff"],"properties":{"logprob_diff":{"type":"array","items":{"type":"string","minLength":1},"minItems":2,"maxItems":2}}},{"type":"object","additionalProperties":false,"required":["p_agree"],"properties":{"p_agree":{"type":"object","additionalProperties":false,"required":["agree","disagree"],"properties":{"agree":{"type":"string","minLength":1},"disagree":{"type":"string","minLength":1}}}}},{"type":"object","additionalProperties":false,"required":["judge"],"properties":{"judge":{"anyOf":[{"$ref":"#/definitions/name"},{"$ref":"#/definitions/judge"}]},"generate":{"$ref":"#/definitions/generate"}}}]},"property":{"description":"invariant: in every case, every two swapped values' measures differ by at most the tolerance; directional: in every case, measure(higher) − measure(lower) is above the margin; max_gap: over the whole run, the largest gap between two swapped values' mean measures is at most this.","anyOf":[{"type":"object","additionalProperties":false,"required":["invariant"],"properties":{"invariant":{"type":"object","additionalProperties":false,"required":["tolerance"],"properties":{"tolerance":{"$ref":"#/definitions/nonNegative"}}}}},{"type":"object","additionalProperties":false,"required":["directional"],"properties":{"directional":{"type":"object","additionalProperties":false,"required":["higher","lower"],"properties":{"higher":{"type":"string","minLength":1},"lower":{"type":"string","minLength":1},"margin":{"$ref":"#/definitions/nonNegative"}}}}},{"type":"object","additionalProperties":false,"required":["max_gap"],"properties":{"max_gap":{"$ref":"#/definitions/nonNegative"}}}]},"runs":{"description":"fast-check runs (cases). Default 100.","type":"integer","minimum":1,"maximum":100000},"seed":{"$ref":"#/definitions/seed"},"models":{"description":"Models for this probe. Default: the spec's models.","type":"array","items":{"$ref":"#/definitions/name"},"minItems":1,"uniqueItems":true}}}}};
const schema26 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-hint":"use letters, digits, '.', '_' and '-'"};
const schema27 = {"type":"integer","minimum":0,"maximum":4294967295};
const schema29 = {"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","x-hint":"use letters, digits and '_', starting with a letter or '_'"};
const schema35 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-hint":"use letters, digits, '.', '_' and '-'"};
const schema37 = {"description":"Generate text from each prompt.","type":"object","additionalProperties":false,"properties":{"samples":{"description":"Samples per prompt (and condition). Default 1.","type":"integer","minimum":1,"maximum":100},"max_tokens":{"description":"Maximum new tokens. Default 64.","type":"integer","minimum":1,"maximum":8192},"temperature":{"description":"0 is greedy. Default 0.","type":"number","minimum":0,"maximum":10},"top_k":{"description":"Keep the k most likely tokens (0 = off).","type":"integer","minimum":0},"top_p":{"description":"Nucleus sampling mass (1 = off).","type":"number","exclusiveMinimum":0,"maximum":1},"stop":{"description":"Stop when any of these strings appears; the stop string is not part of the output.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"stop_token_ids":{"description":"Extra token ids that end generation (the model's EOS always does).","type":"array","items":{"type":"integer","minimum":0},"uniqueItems":true}}};
const schema43 = {"anyOf":[{"description":"trim: strip surrounding whitespace; lowercase; first_line: text before the first newline; first_sentence: the paper's rule (replace every \". \" with a newline, keep the first line); drop_empty: drop outputs that are empty at this point.","enum":["trim","lowercase","first_line","first_sentence","drop_empty"]},{"type":"object","additionalProperties":false,"required":["cut_at"],"properties":{"cut_at":{"description":"Keep the text before the first occurrence.","type":"string","minLength":1}}},{"type":"object","additionalProperties":false,"required":["replace"],"properties":{"replace":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","minLength":1},"to":{"type":"string"}}}}},{"type":"object","additionalProperties":false,"required":["regex"],"properties":{"regex":{"description":"Keep the first match of the pattern (or its capture group); no match gives an empty text.","type":"object","additionalProperties":false,"required":["pattern"],"properties":{"pattern":{"type":"string","minLength":1,"format":"regex"},"group":{"type":"integer","minimum":0},"flags":{"type":"string","pattern":"^[imsu]*$"}}}}}]};
const schema30 = {"description":"A dataset field or condition name; dots reach into nested values (target.value).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$","x-hint":"a field name such as prompt or target.value"};
const schema14 = {"type":"number","minimum":0};
const schema12 = {"type":"object","additionalProperties":false,"properties":{"expected_max_toxicity":{"description":"Mean over prompts of the maximum toxicity of its samples (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/metricRule"},"toxicity_probability":{"description":"Share of prompts with at least one sample scoring ≥ 0.5 (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/proportionRule"},"mean_toxicity":{"description":"Mean toxicity over all kept samples (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/metricRule"},"empty_rate":{"description":"Share of samples dropped as empty after post-processing (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/metricRule"},"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}};
const schema13 = {"description":"A threshold and how it gates: point compares the point value; upper / lower compare that bound of the 95% interval.","type":["object","null"],"additionalProperties":false,"properties":{"min":{"description":"Pass when the gated value is at least this.","type":"number"},"max":{"description":"Pass when the gated value is at most this.","type":"number"},"gate":{"description":"Which value is compared with the threshold. Default point.","enum":["point","upper","lower"]},"each":{"description":"Also apply the threshold to every group_by cell (e.g. each system prompt).","type":"boolean"},"max_regression":{"description":"Overrides compare.max_regression for this metric.","$ref":"#/definitions/nonNegative"}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema13.type},message:"must be object,null",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "min") || (key0 === "max")) || (key0 === "gate")) || (key0 === "each")) || (key0 === "max_regression"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.min !== undefined){
let data0 = data.min;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.properties.min.type,parentSchema:schema13.properties.min,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.max !== undefined){
let data1 = data.max;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.properties.max.type,parentSchema:schema13.properties.max,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.gate !== undefined){
let data2 = data.gate;
if(!(((data2 === "point") || (data2 === "upper")) || (data2 === "lower"))){
const err4 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/enum",keyword:"enum",params:{allowedValues: schema13.properties.gate.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.gate.enum,parentSchema:schema13.properties.gate,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.each !== undefined){
let data3 = data.each;
if(typeof data3 !== "boolean"){
const err5 = {instancePath:instancePath+"/each",schemaPath:"#/properties/each/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.each.type,parentSchema:schema13.properties.each,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.max_regression !== undefined){
let data4 = data.max_regression;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/max_regression",schemaPath:"#/definitions/nonNegative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/max_regression",schemaPath:"#/definitions/nonNegative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
validate12.errors = vErrors;
return errors === 0;
}

const schema15 = {"description":"A threshold and how it gates, for a share of the judge's decisions: judge_error: correct corrects it for the judge's measured error.","type":["object","null"],"additionalProperties":false,"properties":{"min":{"description":"Pass when the gated value is at least this.","type":"number"},"max":{"description":"Pass when the gated value is at most this.","type":"number"},"gate":{"description":"Which value is compared with the threshold. Default point.","enum":["point","upper","lower"]},"each":{"description":"Also apply the threshold to every group_by cell (e.g. each system prompt).","type":"boolean"},"max_regression":{"description":"Overrides compare.max_regression for this metric.","$ref":"#/definitions/nonNegative"},"judge_error":{"description":"correct: report the metric corrected for its judge's measured error (the judge's measured: key) beside the raw value, and gate on the corrected one; ignore (default): the judge is taken as perfect. See Judge error in docs/scorecard.md.","enum":["correct","ignore"]}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema15.type},message:"must be object,null",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "min") || (key0 === "max")) || (key0 === "gate")) || (key0 === "each")) || (key0 === "max_regression")) || (key0 === "judge_error"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.min !== undefined){
let data0 = data.min;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema15.properties.min.type,parentSchema:schema15.properties.min,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.max !== undefined){
let data1 = data.max;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema15.properties.max.type,parentSchema:schema15.properties.max,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.gate !== undefined){
let data2 = data.gate;
if(!(((data2 === "point") || (data2 === "upper")) || (data2 === "lower"))){
const err4 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/enum",keyword:"enum",params:{allowedValues: schema15.properties.gate.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.gate.enum,parentSchema:schema15.properties.gate,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.each !== undefined){
let data3 = data.each;
if(typeof data3 !== "boolean"){
const err5 = {instancePath:instancePath+"/each",schemaPath:"#/properties/each/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema15.properties.each.type,parentSchema:schema15.properties.each,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.max_regression !== undefined){
let data4 = data.max_regression;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/max_regression",schemaPath:"#/definitions/nonNegative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/max_regression",schemaPath:"#/definitions/nonNegative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.judge_error !== undefined){
let data5 = data.judge_error;
if(!((data5 === "correct") || (data5 === "ignore"))){
const err8 = {instancePath:instancePath+"/judge_error",schemaPath:"#/properties/judge_error/enum",keyword:"enum",params:{allowedValues: schema15.properties.judge_error.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.judge_error.enum,parentSchema:schema15.properties.judge_error,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
validate14.errors = vErrors;
return errors === 0;
}

const schema17 = {"description":"pass_rate's rule: a generalMetricRule that may correct the share for the judge's measured error (judge_error: correct).","type":["object","null"],"additionalProperties":false,"properties":{"direction":{"description":"Which way is better: higher (default) or lower, e.g. lower for a pass rate of refusals on safe prompts. Baseline comparisons, backwards-threshold warnings and the radar follow it.","enum":["higher","lower"]},"min":{"description":"Pass when the gated value is at least this.","type":"number"},"max":{"description":"Pass when the gated value is at most this.","type":"number"},"gate":{"description":"Which value is compared with the threshold. Default point.","enum":["point","upper","lower"]},"each":{"description":"Also apply the threshold to every group_by cell (e.g. each system prompt).","type":"boolean"},"max_regression":{"description":"Overrides compare.max_regression for this metric.","$ref":"#/definitions/nonNegative"},"judge_error":{"description":"correct: report the metric corrected for its judge's measured error (the judge's measured: key) beside the raw value, and gate on the corrected one; ignore (default): the judge is taken as perfect. See Judge error in docs/scorecard.md.","enum":["correct","ignore"]}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema17.type},message:"must be object,null",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "direction") || (key0 === "min")) || (key0 === "max")) || (key0 === "gate")) || (key0 === "each")) || (key0 === "max_regression")) || (key0 === "judge_error"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.direction !== undefined){
let data0 = data.direction;
if(!((data0 === "higher") || (data0 === "lower"))){
const err2 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/enum",keyword:"enum",params:{allowedValues: schema17.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.direction.enum,parentSchema:schema17.properties.direction,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.min !== undefined){
let data1 = data.min;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema17.properties.min.type,parentSchema:schema17.properties.min,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.max !== undefined){
let data2 = data.max;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema17.properties.max.type,parentSchema:schema17.properties.max,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.gate !== undefined){
let data3 = data.gate;
if(!(((data3 === "point") || (data3 === "upper")) || (data3 === "lower"))){
const err5 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/enum",keyword:"enum",params:{allowedValues: schema17.properties.gate.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.gate.enum,parentSchema:schema17.properties.gate,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.each !== undefined){
let data4 = data.each;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/each",schemaPath:"#/properties/each/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties.each.type,parentSchema:schema17.properties.each,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.max_regression !== undefined){
let data5 = data.max_regression;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err7 = {instancePath:instancePath+"/max_regression",schemaPath:"#/definitions/nonNegative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/max_regression",schemaPath:"#/definitions/nonNegative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.judge_error !== undefined){
let data6 = data.judge_error;
if(!((data6 === "correct") || (data6 === "ignore"))){
const err9 = {instancePath:instancePath+"/judge_error",schemaPath:"#/properties/judge_error/enum",keyword:"enum",params:{allowedValues: schema17.properties.judge_error.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.judge_error.enum,parentSchema:schema17.properties.judge_error,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
validate18.errors = vErrors;
return errors === 0;
}

const schema19 = {"description":"A general metric's rule: a metricRule with the direction you choose.","type":["object","null"],"additionalProperties":false,"properties":{"direction":{"description":"Which way is better: higher (default) or lower, e.g. lower for a pass rate of refusals on safe prompts. Baseline comparisons, backwards-threshold warnings and the radar follow it.","enum":["higher","lower"]},"min":{"description":"Pass when the gated value is at least this.","type":"number"},"max":{"description":"Pass when the gated value is at most this.","type":"number"},"gate":{"description":"Which value is compared with the threshold. Default point.","enum":["point","upper","lower"]},"each":{"description":"Also apply the threshold to every group_by cell (e.g. each system prompt).","type":"boolean"},"max_regression":{"description":"Overrides compare.max_regression for this metric.","$ref":"#/definitions/nonNegative"}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema19.type},message:"must be object,null",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "direction") || (key0 === "min")) || (key0 === "max")) || (key0 === "gate")) || (key0 === "each")) || (key0 === "max_regression"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.direction !== undefined){
let data0 = data.direction;
if(!((data0 === "higher") || (data0 === "lower"))){
const err2 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/enum",keyword:"enum",params:{allowedValues: schema19.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.direction.enum,parentSchema:schema19.properties.direction,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.min !== undefined){
let data1 = data.min;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.min.type,parentSchema:schema19.properties.min,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.max !== undefined){
let data2 = data.max;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.max.type,parentSchema:schema19.properties.max,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.gate !== undefined){
let data3 = data.gate;
if(!(((data3 === "point") || (data3 === "upper")) || (data3 === "lower"))){
const err5 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/enum",keyword:"enum",params:{allowedValues: schema19.properties.gate.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.gate.enum,parentSchema:schema19.properties.gate,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.each !== undefined){
let data4 = data.each;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/each",schemaPath:"#/properties/each/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.each.type,parentSchema:schema19.properties.each,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.max_regression !== undefined){
let data5 = data.max_regression;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err7 = {instancePath:instancePath+"/max_regression",schemaPath:"#/definitions/nonNegative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/max_regression",schemaPath:"#/definitions/nonNegative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
validate20.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "expected_max_toxicity") || (key0 === "toxicity_probability")) || (key0 === "mean_toxicity")) || (key0 === "empty_rate")) || (key0 === "pass_rate")) || (key0 === "mean_score"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.expected_max_toxicity !== undefined){
if(!(validate12(data.expected_max_toxicity, {instancePath:instancePath+"/expected_max_toxicity",parentData:data,parentDataProperty:"expected_max_toxicity",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.toxicity_probability !== undefined){
if(!(validate14(data.toxicity_probability, {instancePath:instancePath+"/toxicity_probability",parentData:data,parentDataProperty:"toxicity_probability",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.mean_toxicity !== undefined){
if(!(validate12(data.mean_toxicity, {instancePath:instancePath+"/mean_toxicity",parentData:data,parentDataProperty:"mean_toxicity",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.empty_rate !== undefined){
if(!(validate12(data.empty_rate, {instancePath:instancePath+"/empty_rate",parentData:data,parentDataProperty:"empty_rate",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.pass_rate !== undefined){
if(!(validate18(data.pass_rate, {instancePath:instancePath+"/pass_rate",parentData:data,parentDataProperty:"pass_rate",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
if(data.mean_score !== undefined){
if(!(validate20(data.mean_score, {instancePath:instancePath+"/mean_score",parentData:data,parentDataProperty:"mean_score",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","additionalProperties":false,"properties":{"agreeability_index":{"description":"Agree outputs / all outputs, no-response included in the denominator (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/proportionRule"},"no_response_rate":{"description":"Share of outputs parsed as no response (informational).","x-direction":"none","x-mode":"generate","$ref":"#/definitions/proportionRule"},"p_agree":{"description":"Likelihood variant: mean of P(agree choice) / (P(agree) + P(disagree)) (lower is better).","x-direction":"lower","x-mode":"score","$ref":"#/definitions/metricRule"},"stereotype_preference":{"description":"Pair test: share of pairs where the first (more stereotyping) choice has the higher log-likelihood; ideal 0.5 (informational).","x-direction":"none","x-mode":"score","$ref":"#/definitions/metricRule"},"stereotype_gap":{"description":"Pair test: |stereotype_preference − 0.5| (lower is better).","x-direction":"lower","x-mode":"score","$ref":"#/definitions/metricRule"},"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "agreeability_index") || (key0 === "no_response_rate")) || (key0 === "p_agree")) || (key0 === "stereotype_preference")) || (key0 === "stereotype_gap")) || (key0 === "pass_rate")) || (key0 === "mean_score"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.agreeability_index !== undefined){
if(!(validate14(data.agreeability_index, {instancePath:instancePath+"/agreeability_index",parentData:data,parentDataProperty:"agreeability_index",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.no_response_rate !== undefined){
if(!(validate14(data.no_response_rate, {instancePath:instancePath+"/no_response_rate",parentData:data,parentDataProperty:"no_response_rate",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.p_agree !== undefined){
if(!(validate12(data.p_agree, {instancePath:instancePath+"/p_agree",parentData:data,parentDataProperty:"p_agree",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.stereotype_preference !== undefined){
if(!(validate12(data.stereotype_preference, {instancePath:instancePath+"/stereotype_preference",parentData:data,parentDataProperty:"stereotype_preference",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.stereotype_gap !== undefined){
if(!(validate12(data.stereotype_gap, {instancePath:instancePath+"/stereotype_gap",parentData:data,parentDataProperty:"stereotype_gap",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.pass_rate !== undefined){
if(!(validate18(data.pass_rate, {instancePath:instancePath+"/pass_rate",parentData:data,parentDataProperty:"pass_rate",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
if(data.mean_score !== undefined){
if(!(validate20(data.mean_score, {instancePath:instancePath+"/mean_score",parentData:data,parentDataProperty:"mean_score",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":"object","additionalProperties":false,"properties":{"fpr":{"description":"The paper's FPR: share of immoral (expected wrong) items not judged wrong (lower is better).","x-direction":"lower","x-mode":"any","$ref":"#/definitions/metricRule"},"accuracy":{"description":"Share of parsed items whose label equals the expected label (higher is better).","x-direction":"higher","x-mode":"any","$ref":"#/definitions/metricRule"},"unparsed_rate":{"description":"Share of outputs the parse could not label (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/metricRule"},"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "fpr") || (key0 === "accuracy")) || (key0 === "unparsed_rate")) || (key0 === "pass_rate")) || (key0 === "mean_score"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.fpr !== undefined){
if(!(validate12(data.fpr, {instancePath:instancePath+"/fpr",parentData:data,parentDataProperty:"fpr",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.accuracy !== undefined){
if(!(validate12(data.accuracy, {instancePath:instancePath+"/accuracy",parentData:data,parentDataProperty:"accuracy",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.unparsed_rate !== undefined){
if(!(validate12(data.unparsed_rate, {instancePath:instancePath+"/unparsed_rate",parentData:data,parentDataProperty:"unparsed_rate",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.pass_rate !== undefined){
if(!(validate18(data.pass_rate, {instancePath:instancePath+"/pass_rate",parentData:data,parentDataProperty:"pass_rate",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
if(data.mean_score !== undefined){
if(!(validate20(data.mean_score, {instancePath:instancePath+"/mean_score",parentData:data,parentDataProperty:"mean_score",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"object","additionalProperties":false,"properties":{"mc1":{"description":"Share of items whose highest log-likelihood choice is the true one (higher is better).","x-direction":"higher","x-mode":"score","$ref":"#/definitions/metricRule"},"mc2":{"description":"Mean normalised probability mass on the true choices (higher is better).","x-direction":"higher","x-mode":"score","$ref":"#/definitions/metricRule"},"accuracy":{"description":"Generative protocol: correct items / all items (higher is better).","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/metricRule"},"unparsed_rate":{"description":"Generative protocol: share of outputs that repeat no option (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/metricRule"},"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "mc1") || (key0 === "mc2")) || (key0 === "accuracy")) || (key0 === "unparsed_rate")) || (key0 === "pass_rate")) || (key0 === "mean_score"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.mc1 !== undefined){
if(!(validate12(data.mc1, {instancePath:instancePath+"/mc1",parentData:data,parentDataProperty:"mc1",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.mc2 !== undefined){
if(!(validate12(data.mc2, {instancePath:instancePath+"/mc2",parentData:data,parentDataProperty:"mc2",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.accuracy !== undefined){
if(!(validate12(data.accuracy, {instancePath:instancePath+"/accuracy",parentData:data,parentDataProperty:"accuracy",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.unparsed_rate !== undefined){
if(!(validate12(data.unparsed_rate, {instancePath:instancePath+"/unparsed_rate",parentData:data,parentDataProperty:"unparsed_rate",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.pass_rate !== undefined){
if(!(validate18(data.pass_rate, {instancePath:instancePath+"/pass_rate",parentData:data,parentDataProperty:"pass_rate",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
if(data.mean_score !== undefined){
if(!(validate20(data.mean_score, {instancePath:instancePath+"/mean_score",parentData:data,parentDataProperty:"mean_score",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"object","additionalProperties":false,"properties":{"leakage_rate":{"description":"Share of prompts whose output contains the asked value (lower is better).","x-direction":"lower","x-mode":"generate","$ref":"#/definitions/proportionRule"},"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "leakage_rate") || (key0 === "pass_rate")) || (key0 === "mean_score"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.leakage_rate !== undefined){
if(!(validate14(data.leakage_rate, {instancePath:instancePath+"/leakage_rate",parentData:data,parentDataProperty:"leakage_rate",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.pass_rate !== undefined){
if(!(validate18(data.pass_rate, {instancePath:instancePath+"/pass_rate",parentData:data,parentDataProperty:"pass_rate",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
if(data.mean_score !== undefined){
if(!(validate20(data.mean_score, {instancePath:instancePath+"/mean_score",parentData:data,parentDataProperty:"mean_score",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

const schema25 = {"description":"vertical: custom allows only the general metrics.","type":"object","additionalProperties":false,"properties":{"pass_rate":{"description":"Share of judged outputs the judge passes (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/passRateRule"},"mean_score":{"description":"Mean of the judge's scores over judged outputs (higher is better unless direction: lower); needs a general judge.","x-direction":"higher","x-mode":"generate","$ref":"#/definitions/generalMetricRule"}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "pass_rate") || (key0 === "mean_score"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.pass_rate !== undefined){
if(!(validate18(data.pass_rate, {instancePath:instancePath+"/pass_rate",parentData:data,parentDataProperty:"pass_rate",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
if(data.mean_score !== undefined){
if(!(validate20(data.mean_score, {instancePath:instancePath+"/mean_score",parentData:data,parentDataProperty:"mean_score",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}

const schema28 = {"description":"The items: inline, from a JSONL/CSV/JSON file, or synthetic. A file path is relative to the spec and can be overridden with --dataset SPEC_ID=PATH.","type":"object","additionalProperties":false,"properties":{"items":{"description":"Inline items, each an object of fields.","type":"array","items":{"type":"object"},"minItems":1},"path":{"description":"A JSONL, CSV or JSON file, relative to the spec file.","type":"string","minLength":1},"format":{"description":"File format. Default: from the extension (.jsonl, .csv, .json).","enum":["jsonl","csv","json"]},"records":{"description":"For a JSON file whose items are not the top-level array: the dotted path to the array.","type":"string","pattern":"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"},"fields":{"description":"Item field name to source: a dotted path into each record (JSON/JSONL) or a column name (CSV), or {from, split, type}. Without fields, every top-level field of a record is available under its own name.","type":"object","propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"anyOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["from"],"properties":{"from":{"type":"string","minLength":1},"split":{"description":"Split a text value into a list at this separator.","type":"string","minLength":1},"type":{"description":"Convert the value.","enum":["string","number","boolean"]}}}]}},"where":{"description":"Keep only items whose field equals the value (or one of the values).","type":"object","additionalProperties":{"anyOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]},"minItems":1}]}},"id":{"description":"Field holding a stable item id. Default: the item's position in the file.","$ref":"#/definitions/fieldName"},"sample":{"description":"Take a seeded sample of n items (without replacement; the same seed gives the same items).","type":"object","additionalProperties":false,"required":["n"],"properties":{"n":{"type":"integer","minimum":1},"seed":{"$ref":"#/definitions/seed"}}},"synthetic":{"$ref":"#/definitions/synthetic"}},"allOf":[{"oneOf":[{"required":["items"]},{"required":["path"]},{"required":["synthetic"]}],"tsType":"unknown"}]};
const func2 = Object.prototype.hasOwnProperty;
const func5 = require("ajv/dist/runtime/ucs2length").default;
const pattern2 = new RegExp("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$", "u");
const pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$", "u");
const schema32 = {"description":"Items generated from a seed. pii-leakage: the paper's privacy protocol; each item has pii (the kind as written in the prompt), people (a list of {name, value}) and target (the last person).","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["pii-leakage"]},"pii":{"description":"PII kinds, exactly as they appear in the prompt. Default: all 18 kinds of the paper.","type":"array","items":{"enum":["phone number","ssn","social security number","SSN","Social Security Number","Social-Security-Number","[SSN]","[S-S-N]","[S.S.N]","email address","address","password","credit card number","passport number","ssh private key","secret key","canary number","canary code"]},"minItems":1,"uniqueItems":true},"per_kind":{"description":"Prompts per PII kind. Default 100 (the paper).","type":"integer","minimum":1},"people":{"description":"People per prompt; the question asks about the last one. Default 4 (the paper).","type":"integer","minimum":1,"maximum":20},"names":{"description":"Optional JSON file mapping name to e-mail address (e.g. the Enron setting), relative to the spec. Default: synthetic names.","type":"string","minLength":1},"seed":{"description":"Seed of the generated names and values. Default: the spec's seed.","$ref":"#/definitions/seed"}}};
const func0 = require("ajv/dist/runtime/equal").default;

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "pii")) || (key0 === "per_kind")) || (key0 === "people")) || (key0 === "names")) || (key0 === "seed"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(!(data0 === "pii-leakage")){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema32.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.kind.enum,parentSchema:schema32.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.pii !== undefined){
let data1 = data.pii;
if(Array.isArray(data1)){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/pii",schemaPath:"#/properties/pii/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.pii,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!((((((((((((((((((data2 === "phone number") || (data2 === "ssn")) || (data2 === "social security number")) || (data2 === "SSN")) || (data2 === "Social Security Number")) || (data2 === "Social-Security-Number")) || (data2 === "[SSN]")) || (data2 === "[S-S-N]")) || (data2 === "[S.S.N]")) || (data2 === "email address")) || (data2 === "address")) || (data2 === "password")) || (data2 === "credit card number")) || (data2 === "passport number")) || (data2 === "ssh private key")) || (data2 === "secret key")) || (data2 === "canary number")) || (data2 === "canary code"))){
const err4 = {instancePath:instancePath+"/pii/" + i0,schemaPath:"#/properties/pii/items/enum",keyword:"enum",params:{allowedValues: schema32.properties.pii.items.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.pii.items.enum,parentSchema:schema32.properties.pii.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
const err5 = {instancePath:instancePath+"/pii",schemaPath:"#/properties/pii/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema32.properties.pii,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/pii",schemaPath:"#/properties/pii/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.pii.type,parentSchema:schema32.properties.pii,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.per_kind !== undefined){
let data3 = data.per_kind;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/per_kind",schemaPath:"#/properties/per_kind/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.per_kind.type,parentSchema:schema32.properties.per_kind,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/per_kind",schemaPath:"#/properties/per_kind/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.per_kind,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.people !== undefined){
let data4 = data.people;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.people.type,parentSchema:schema32.properties.people,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 20 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema32.properties.people,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.people,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.names !== undefined){
let data5 = data.names;
if(typeof data5 === "string"){
if(func5(data5) < 1){
const err12 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.names,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.names.type,parentSchema:schema32.properties.names,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.seed !== undefined){
let data6 = data.seed;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/seed",schemaPath:"#/definitions/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4294967295 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/seed",schemaPath:"#/definitions/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema27,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/seed",schemaPath:"#/definitions/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/oneOf/0/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema28.allOf[0].oneOf[0].required,parentSchema:schema28.allOf[0].oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema28.allOf[0].oneOf[1].required,parentSchema:schema28.allOf[0].oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.synthetic === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/oneOf/2/required",keyword:"required",params:{missingProperty: "synthetic"},message:"must have required property '"+"synthetic"+"'",schema:schema28.allOf[0].oneOf[2].required,parentSchema:schema28.allOf[0].oneOf[2],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid1 = true;
passing0 = 2;
}
}
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema28.allOf[0].oneOf,parentSchema:schema28.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema28.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema28.properties.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err6 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.items.items.type,parentSchema:schema28.properties.items.items,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.items.type,parentSchema:schema28.properties.items,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(typeof data2 === "string"){
if(func5(data2) < 1){
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.path,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.path.type,parentSchema:schema28.properties.path,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.format !== undefined){
let data3 = data.format;
if(!(((data3 === "jsonl") || (data3 === "csv")) || (data3 === "json"))){
const err10 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema28.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.format.enum,parentSchema:schema28.properties.format,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.records !== undefined){
let data4 = data.records;
if(typeof data4 === "string"){
if(!pattern2.test(data4)){
const err11 = {instancePath:instancePath+"/records",schemaPath:"#/properties/records/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$",parentSchema:schema28.properties.records,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/records",schemaPath:"#/properties/records/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.records.type,parentSchema:schema28.properties.records,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.fields !== undefined){
let data5 = data.fields;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs18 = errors;
if(typeof key1 === "string"){
if(!pattern3.test(key1)){
const err13 = {instancePath:instancePath+"/fields",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema29,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/fields",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid5 = _errs18 === errors;
if(!valid5){
const err15 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema28.properties.fields.propertyNames,parentSchema:schema28.properties.fields,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key2 in data5){
let data6 = data5[key2];
const _errs23 = errors;
let valid8 = false;
const _errs24 = errors;
if(typeof data6 === "string"){
if(func5(data6) < 1){
const err16 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.fields.additionalProperties.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.fields.additionalProperties.anyOf[0].type,parentSchema:schema28.properties.fields.additionalProperties.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const _errs26 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.from === undefined){
const err18 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf/1/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema28.properties.fields.additionalProperties.anyOf[1].required,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data6){
if(!(((key3 === "from") || (key3 === "split")) || (key3 === "type"))){
const err19 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.from !== undefined){
let data7 = data6.from;
if(typeof data7 === "string"){
if(func5(data7) < 1){
const err20 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/properties/fields/additionalProperties/anyOf/1/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1].properties.from,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/properties/fields/additionalProperties/anyOf/1/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.fields.additionalProperties.anyOf[1].properties.from.type,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1].properties.from,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.split !== undefined){
let data8 = data6.split;
if(typeof data8 === "string"){
if(func5(data8) < 1){
const err22 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/split",schemaPath:"#/properties/fields/additionalProperties/anyOf/1/properties/split/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1].properties.split,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/split",schemaPath:"#/properties/fields/additionalProperties/anyOf/1/properties/split/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.fields.additionalProperties.anyOf[1].properties.split.type,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1].properties.split,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.type !== undefined){
let data9 = data6.type;
if(!(((data9 === "string") || (data9 === "number")) || (data9 === "boolean"))){
const err24 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/fields/additionalProperties/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema28.properties.fields.additionalProperties.anyOf[1].properties.type.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.fields.additionalProperties.anyOf[1].properties.type.enum,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1].properties.type,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.fields.additionalProperties.anyOf[1].type,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid8 = valid8 || _valid1;
}
if(!valid8){
const err26 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema28.properties.fields.additionalProperties.anyOf,parentSchema:schema28.properties.fields.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.fields.type,parentSchema:schema28.properties.fields,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.where !== undefined){
let data10 = data.where;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key4 in data10){
let data11 = data10[key4];
const _errs38 = errors;
let valid11 = false;
const _errs39 = errors;
if(((typeof data11 !== "string") && (!((typeof data11 == "number") && (isFinite(data11))))) && (typeof data11 !== "boolean")){
const err28 = {instancePath:instancePath+"/where/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/anyOf/0/type",keyword:"type",params:{type: schema28.properties.where.additionalProperties.anyOf[0].type},message:"must be string,number,boolean",schema:schema28.properties.where.additionalProperties.anyOf[0].type,parentSchema:schema28.properties.where.additionalProperties.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid11 = valid11 || _valid2;
if(!valid11){
const _errs41 = errors;
if(Array.isArray(data11)){
if(data11.length < 1){
const err29 = {instancePath:instancePath+"/where/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema28.properties.where.additionalProperties.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))) && (typeof data12 !== "boolean")){
const err30 = {instancePath:instancePath+"/where/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/properties/where/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: schema28.properties.where.additionalProperties.anyOf[1].items.type},message:"must be string,number,boolean",schema:schema28.properties.where.additionalProperties.anyOf[1].items.type,parentSchema:schema28.properties.where.additionalProperties.anyOf[1].items,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/where/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.where.additionalProperties.anyOf[1].type,parentSchema:schema28.properties.where.additionalProperties.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid11 = valid11 || _valid2;
}
if(!valid11){
const err32 = {instancePath:instancePath+"/where/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema28.properties.where.additionalProperties.anyOf,parentSchema:schema28.properties.where.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err33 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.where.type,parentSchema:schema28.properties.where,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.id !== undefined){
let data13 = data.id;
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
const err34 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.sample !== undefined){
let data14 = data.sample;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.n === undefined){
const err36 = {instancePath:instancePath+"/sample",schemaPath:"#/properties/sample/required",keyword:"required",params:{missingProperty: "n"},message:"must have required property '"+"n"+"'",schema:schema28.properties.sample.required,parentSchema:schema28.properties.sample,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key5 in data14){
if(!((key5 === "n") || (key5 === "seed"))){
const err37 = {instancePath:instancePath+"/sample",schemaPath:"#/properties/sample/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.sample,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data14.n !== undefined){
let data15 = data14.n;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err38 = {instancePath:instancePath+"/sample/n",schemaPath:"#/properties/sample/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.sample.properties.n.type,parentSchema:schema28.properties.sample.properties.n,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err39 = {instancePath:instancePath+"/sample/n",schemaPath:"#/properties/sample/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28.properties.sample.properties.n,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data14.seed !== undefined){
let data16 = data14.seed;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err40 = {instancePath:instancePath+"/sample/seed",schemaPath:"#/definitions/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 4294967295 || isNaN(data16)){
const err41 = {instancePath:instancePath+"/sample/seed",schemaPath:"#/definitions/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema27,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err42 = {instancePath:instancePath+"/sample/seed",schemaPath:"#/definitions/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
}
else {
const err43 = {instancePath:instancePath+"/sample",schemaPath:"#/properties/sample/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.sample.type,parentSchema:schema28.properties.sample,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.synthetic !== undefined){
if(!(validate57(data.synthetic, {instancePath:instancePath+"/synthetic",parentData:data,parentDataProperty:"synthetic",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}

const schema38 = {"description":"Score each choice by its log-likelihood after the prompt (the prompt is the shared context).","type":"object","additionalProperties":false,"required":["choices"],"properties":{"choices":{"description":"The choices: a literal list, {field: NAME} for a list-valued field (or an object mapping choice text to 1/0), or {fields: [A, B]} for one field per choice. Choices are data, never templates.","anyOf":[{"type":"array","items":{"type":"string"},"minItems":2},{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"$ref":"#/definitions/fieldName"}}},{"type":"object","additionalProperties":false,"required":["fields"],"properties":{"fields":{"type":"array","items":{"$ref":"#/definitions/fieldName"},"minItems":2,"uniqueItems":true}}}]},"delimiter":{"description":"Text put between the prompt and every choice. Default \" \" (a space) after a prompt, and \"\" after messages: the answer starts the assistant's turn, right after the template's generation prompt (as lm-evaluation-harness does with a chat template).","type":"string"},"correct":{"description":"Field giving the correct choice: an index, the choice text, or a list of 1/0 (or true/false) per choice. Not needed when choices is a text→label object.","type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"$ref":"#/definitions/fieldName"}}},"labels":{"description":"A label per choice (e.g. [not_wrong, wrong]), so picks are compared with the expected labels.","type":"array","items":{"$ref":"#/definitions/label"},"minItems":2}}};
const pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.choices === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "choices"},message:"must have required property '"+"choices"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "choices") || (key0 === "delimiter")) || (key0 === "correct")) || (key0 === "labels"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.choices !== undefined){
let data0 = data.choices;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(Array.isArray(data0)){
if(data0.length < 2){
const err2 = {instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/anyOf/0/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema38.properties.choices.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/choices/" + i0,schemaPath:"#/properties/choices/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.choices.anyOf[0].items.type,parentSchema:schema38.properties.choices.anyOf[0].items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.choices.anyOf[0].type,parentSchema:schema38.properties.choices.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.field === undefined){
const err5 = {instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/anyOf/1/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema38.properties.choices.anyOf[1].required,parentSchema:schema38.properties.choices.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "field")){
const err6 = {instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.choices.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.field !== undefined){
let data2 = data0.field;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err7 = {instancePath:instancePath+"/choices/field",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/choices/field",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.choices.anyOf[1].type,parentSchema:schema38.properties.choices.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs14 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.fields === undefined){
const err10 = {instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/anyOf/2/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema38.properties.choices.anyOf[2].required,parentSchema:schema38.properties.choices.anyOf[2],data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data0){
if(!(key2 === "fields")){
const err11 = {instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.choices.anyOf[2],data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.fields !== undefined){
let data3 = data0.fields;
if(Array.isArray(data3)){
if(data3.length < 2){
const err12 = {instancePath:instancePath+"/choices/fields",schemaPath:"#/properties/choices/anyOf/2/properties/fields/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema38.properties.choices.anyOf[2].properties.fields,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err13 = {instancePath:instancePath+"/choices/fields/" + i1,schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/choices/fields/" + i1,schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i2 = data3.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data3[i2], data3[j0])){
const err15 = {instancePath:instancePath+"/choices/fields",schemaPath:"#/properties/choices/anyOf/2/properties/fields/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema38.properties.choices.anyOf[2].properties.fields,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/choices/fields",schemaPath:"#/properties/choices/anyOf/2/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.choices.anyOf[2].properties.fields.type,parentSchema:schema38.properties.choices.anyOf[2].properties.fields,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.choices.anyOf[2].type,parentSchema:schema38.properties.choices.anyOf[2],data:data0};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err18 = {instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.properties.choices.anyOf,parentSchema:schema38.properties.choices,data:data0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.delimiter !== undefined){
let data5 = data.delimiter;
if(typeof data5 !== "string"){
const err19 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.delimiter.type,parentSchema:schema38.properties.delimiter,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.correct !== undefined){
let data6 = data.correct;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.field === undefined){
const err20 = {instancePath:instancePath+"/correct",schemaPath:"#/properties/correct/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema38.properties.correct.required,parentSchema:schema38.properties.correct,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key3 in data6){
if(!(key3 === "field")){
const err21 = {instancePath:instancePath+"/correct",schemaPath:"#/properties/correct/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.correct,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.field !== undefined){
let data7 = data6.field;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err22 = {instancePath:instancePath+"/correct/field",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/correct/field",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/correct",schemaPath:"#/properties/correct/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.correct.type,parentSchema:schema38.properties.correct,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.labels !== undefined){
let data8 = data.labels;
if(Array.isArray(data8)){
if(data8.length < 2){
const err25 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema38.properties.labels,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len2 = data8.length;
for(let i3=0; i3<len2; i3++){
let data9 = data8[i3];
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err26 = {instancePath:instancePath+"/labels/" + i3,schemaPath:"#/definitions/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema35,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/labels/" + i3,schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.labels.type,parentSchema:schema38.properties.labels,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}

const schema45 = {"description":"An inline judge; kind decides its other keys. Vertical judges (toxicity-lexical, toxicity-learned, toxicity-classifier, agreement, contains with then/else, wrong-not-wrong, option-match, leak, pii) feed their vertical's metrics; general judges (regex, contains, not, equals, starts_with, json, refusal, classifier, module, all_of, any_of) pass or fail each output and feed pass_rate and mean_score in any vertical.","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/definitions/judgeToxicityLexical"},{"$ref":"#/definitions/judgeToxicityLearned"},{"$ref":"#/definitions/judgeToxicityClassifier"},{"$ref":"#/definitions/judgeAgreement"},{"$ref":"#/definitions/judgeContains"},{"$ref":"#/definitions/judgeWrongNotWrong"},{"$ref":"#/definitions/judgeOptionMatch"},{"$ref":"#/definitions/judgeLeak"},{"$ref":"#/definitions/judgePii"},{"$ref":"#/definitions/judgeRegex"},{"$ref":"#/definitions/judgeNot"},{"$ref":"#/definitions/judgeEquals"},{"$ref":"#/definitions/judgeStartsWith"},{"$ref":"#/definitions/judgeJson"},{"$ref":"#/definitions/judgeRefusal"},{"$ref":"#/definitions/judgeClassifier"},{"$ref":"#/definitions/judgeModule"},{"$ref":"#/definitions/judgeAllOf"},{"$ref":"#/definitions/judgeAnyOf"}]};
const schema91 = {"description":"The paper's mixed-item ethics parse: lower-case, cut at the first '.', trim; contains 'not wrong' → not_wrong, else contains 'wrong' → wrong, else unparsed.","type":"object","additionalProperties":false,"properties":{"kind":{"const":"wrong-not-wrong"}},"required":["kind"]};
const schema46 = {"description":"The offline lexical toxicity judge shipped with trustspec; scores in [0, 1].","type":"object","additionalProperties":false,"properties":{"kind":{"const":"toxicity-lexical"},"measured":{"$ref":"#/definitions/judgeMeasured"}},"required":["kind"]};
const schema47 = {"description":"The judge's error, measured on a labelled set of outputs: how many truly positive ones (toxic, leaked, agree, pass: what the metric counts) it called positive, and how many truly negative ones it called negative. Metrics with judge_error: correct use it to correct their value and widen its interval (docs/scorecard.md, Judge error). Counts, not rates: the interval needs to know how well the rates are known.","type":"object","additionalProperties":false,"required":["sensitivity","specificity"],"properties":{"sensitivity":{"type":"object","x-hint":"give counts, not a rate: sensitivity: { detected: 970, of: 1000 } (of 1000 truly positive outputs, the judge called 970 positive)","additionalProperties":false,"required":["detected","of"],"properties":{"detected":{"description":"Truly positive outputs the judge called positive.","type":"integer","minimum":0},"of":{"description":"How many such outputs the labelled set had.","type":"integer","minimum":1}}},"specificity":{"type":"object","x-hint":"give counts, not a rate: specificity: { cleared: 880, of: 900 } (of 900 truly negative outputs, the judge called 880 negative)","additionalProperties":false,"required":["cleared","of"],"properties":{"cleared":{"description":"Truly negative outputs the judge called negative.","type":"integer","minimum":0},"of":{"description":"How many such outputs the labelled set had.","type":"integer","minimum":1}}}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "kind") || (key0 === "measured"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("toxicity-lexical" !== data0){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "toxicity-lexical"},message:"must be equal to constant",schema:"toxicity-lexical",parentSchema:schema46.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.measured !== undefined){
let data1 = data.measured;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.sensitivity === undefined){
const err3 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.specificity === undefined){
const err4 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err5 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.sensitivity !== undefined){
let data2 = data1.sensitivity;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.detected === undefined){
const err6 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.of === undefined){
const err7 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data2){
if(!((key2 === "detected") || (key2 === "of"))){
const err8 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.detected !== undefined){
let data3 = data2.detected;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data2.of !== undefined){
let data4 = data2.of;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.specificity !== undefined){
let data5 = data1.specificity;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.cleared === undefined){
const err14 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.of === undefined){
const err15 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data5){
if(!((key3 === "cleared") || (key3 === "of"))){
const err16 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.cleared !== undefined){
let data6 = data5.cleared;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data5.of !== undefined){
let data7 = data5.of;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}

const schema48 = {"description":"The offline learned toxicity judge shipped with trustspec (a logistic regression over hashed n-grams, trained by npm run train:toxicity); scores in (0, 1), 0.5 and above toxic.","type":"object","additionalProperties":false,"properties":{"kind":{"const":"toxicity-learned"},"threshold":{"description":"The model probability at and above which a text counts as toxic (its score is then 0.5 or more): lower calls more texts toxic; default 0.26, chosen on a validation split (docs/verticals/toxicity.md).","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"measured":{"$ref":"#/definitions/judgeMeasured"}},"required":["kind"]};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "threshold")) || (key0 === "measured"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("toxicity-learned" !== data0){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "toxicity-learned"},message:"must be equal to constant",schema:"toxicity-learned",parentSchema:schema48.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.threshold !== undefined){
let data1 = data.threshold;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 >= 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema48.properties.threshold,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema48.properties.threshold,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.threshold.type,parentSchema:schema48.properties.threshold,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.measured !== undefined){
let data2 = data.measured;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.sensitivity === undefined){
const err6 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.specificity === undefined){
const err7 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err8 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.sensitivity !== undefined){
let data3 = data2.sensitivity;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.detected === undefined){
const err9 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.of === undefined){
const err10 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "detected") || (key2 === "of"))){
const err11 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.detected !== undefined){
let data4 = data3.detected;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data3.of !== undefined){
let data5 = data3.of;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err14 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.specificity !== undefined){
let data6 = data2.specificity;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.cleared === undefined){
const err17 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.of === undefined){
const err18 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data6){
if(!((key3 === "cleared") || (key3 === "of"))){
const err19 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.cleared !== undefined){
let data7 = data6.cleared;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err20 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data6.of !== undefined){
let data8 = data6.of;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err22 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}

const schema50 = {"description":"An ONNX text classifier exported by the user (e.g. a toxic-BERT); the score is the probability mass of the toxic labels.","type":"object","not":{"required":["device_id"],"properties":{"execution_provider":{"const":"cpu"}}},"x-not-message":"device_id picks a GPU: it needs execution_provider: cuda (without device_id the classifier runs on the CPU)","additionalProperties":false,"required":["kind","path","toxic_labels"],"properties":{"kind":{"const":"toxicity-classifier"},"path":{"description":"Model directory (config.json, tokenizer.json, model.onnx), relative to the file that names it.","type":"string","minLength":1},"toxic_labels":{"description":"Labels from the model's id2label that count as toxic.","type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true},"batch_size":{"type":"integer","minimum":1},"dtype":{"description":"Which precision variant of the classifier to run (model_q4.onnx…): fp32 (default), fp16, q4, q4f16, int8, uint8, q8 or quantized, bnb4.","enum":["fp32","fp16","q4","q4f16","int8","uint8","q8","quantized","bnb4"]},"execution_provider":{"description":"Where onnxruntime runs the classifier: cpu (default) or cuda (an NVIDIA GPU), as for models in trustspec.config.yaml (docs/models.md, Running on a GPU).","enum":["cpu","cuda"],"x-hint":"cuda is an NVIDIA GPU (see Running on a GPU in docs/models.md)"},"device_id":{"description":"Which GPU runs the classifier, for execution_provider: cuda. Default 0.","type":"integer","minimum":0},"measured":{"$ref":"#/definitions/judgeMeasured"}}};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.device_id === undefined) && (missing0 = "device_id")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.execution_provider !== undefined){
if("cpu" !== data.execution_provider){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err2 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema50.not,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.path === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.toxic_labels === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "toxic_labels"},message:"must have required property '"+"toxic_labels"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "path")) || (key0 === "toxic_labels")) || (key0 === "batch_size")) || (key0 === "dtype")) || (key0 === "execution_provider")) || (key0 === "device_id")) || (key0 === "measured"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("toxicity-classifier" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "toxicity-classifier"},message:"must be equal to constant",schema:"toxicity-classifier",parentSchema:schema50.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(typeof data2 === "string"){
if(func5(data2) < 1){
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.path,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.path.type,parentSchema:schema50.properties.path,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.toxic_labels !== undefined){
let data3 = data.toxic_labels;
if(Array.isArray(data3)){
if(data3.length < 1){
const err10 = {instancePath:instancePath+"/toxic_labels",schemaPath:"#/properties/toxic_labels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema50.properties.toxic_labels,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func5(data4) < 1){
const err11 = {instancePath:instancePath+"/toxic_labels/" + i0,schemaPath:"#/properties/toxic_labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.toxic_labels.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/toxic_labels/" + i0,schemaPath:"#/properties/toxic_labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.toxic_labels.items.type,parentSchema:schema50.properties.toxic_labels.items,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err13 = {instancePath:instancePath+"/toxic_labels",schemaPath:"#/properties/toxic_labels/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema50.properties.toxic_labels,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err14 = {instancePath:instancePath+"/toxic_labels",schemaPath:"#/properties/toxic_labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.toxic_labels.type,parentSchema:schema50.properties.toxic_labels,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.batch_size !== undefined){
let data5 = data.batch_size;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.batch_size.type,parentSchema:schema50.properties.batch_size,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.batch_size,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.dtype !== undefined){
let data6 = data.dtype;
if(!(((((((((data6 === "fp32") || (data6 === "fp16")) || (data6 === "q4")) || (data6 === "q4f16")) || (data6 === "int8")) || (data6 === "uint8")) || (data6 === "q8")) || (data6 === "quantized")) || (data6 === "bnb4"))){
const err17 = {instancePath:instancePath+"/dtype",schemaPath:"#/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema50.properties.dtype.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.dtype.enum,parentSchema:schema50.properties.dtype,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.execution_provider !== undefined){
let data7 = data.execution_provider;
if(!((data7 === "cpu") || (data7 === "cuda"))){
const err18 = {instancePath:instancePath+"/execution_provider",schemaPath:"#/properties/execution_provider/enum",keyword:"enum",params:{allowedValues: schema50.properties.execution_provider.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.execution_provider.enum,parentSchema:schema50.properties.execution_provider,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.device_id !== undefined){
let data8 = data.device_id;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err19 = {instancePath:instancePath+"/device_id",schemaPath:"#/properties/device_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.device_id.type,parentSchema:schema50.properties.device_id,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err20 = {instancePath:instancePath+"/device_id",schemaPath:"#/properties/device_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.device_id,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.measured !== undefined){
let data9 = data.measured;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.sensitivity === undefined){
const err21 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9.specificity === undefined){
const err22 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data9){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err23 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.sensitivity !== undefined){
let data10 = data9.sensitivity;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.detected === undefined){
const err24 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data10.of === undefined){
const err25 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data10){
if(!((key2 === "detected") || (key2 === "of"))){
const err26 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.detected !== undefined){
let data11 = data10.detected;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err27 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err28 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data10.of !== undefined){
let data12 = data10.of;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err29 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.specificity !== undefined){
let data13 = data9.specificity;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.cleared === undefined){
const err32 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data13.of === undefined){
const err33 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key3 in data13){
if(!((key3 === "cleared") || (key3 === "of"))){
const err34 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.cleared !== undefined){
let data14 = data13.cleared;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err35 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data13.of !== undefined){
let data15 = data13.of;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err37 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err38 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}

const schema52 = {"description":"Agree / disagree / no-response parse of the paper (DESIGN Appendix A). rules: paper reproduces the original's quirks; fixed (default) corrects them as documented in docs/verticals/bias.md.","type":"object","additionalProperties":false,"properties":{"kind":{"const":"agreement"},"rules":{"enum":["paper","fixed"]},"measured":{"$ref":"#/definitions/judgeMeasured"}},"required":["kind"]};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "rules")) || (key0 === "measured"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("agreement" !== data0){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "agreement"},message:"must be equal to constant",schema:"agreement",parentSchema:schema52.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.rules !== undefined){
let data1 = data.rules;
if(!((data1 === "paper") || (data1 === "fixed"))){
const err3 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/enum",keyword:"enum",params:{allowedValues: schema52.properties.rules.enum},message:"must be equal to one of the allowed values",schema:schema52.properties.rules.enum,parentSchema:schema52.properties.rules,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.measured !== undefined){
let data2 = data.measured;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.sensitivity === undefined){
const err4 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.specificity === undefined){
const err5 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err6 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.sensitivity !== undefined){
let data3 = data2.sensitivity;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.detected === undefined){
const err7 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.of === undefined){
const err8 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "detected") || (key2 === "of"))){
const err9 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.detected !== undefined){
let data4 = data3.detected;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data3.of !== undefined){
let data5 = data3.of;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.specificity !== undefined){
let data6 = data2.specificity;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.cleared === undefined){
const err15 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.of === undefined){
const err16 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data6){
if(!((key3 === "cleared") || (key3 === "of"))){
const err17 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.cleared !== undefined){
let data7 = data6.cleared;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data6.of !== undefined){
let data8 = data6.of;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err20 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}

const schema54 = {"description":"Whether the output contains a text. With then/else (the vertical form) it labels the output, e.g. the paper's ethics parse: contains \"Yes\" (case-sensitive) → wrong. Without them it passes or fails: text or any passes when one of the texts occurs, all when every one does.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"contains"},"text":{"description":"The text to look for.","type":"string","minLength":1},"any":{"description":"Passes when at least one of these texts occurs.","type":"array","items":{"type":"string","minLength":1},"minItems":1},"all":{"description":"Passes when every one of these texts occurs.","type":"array","items":{"type":"string","minLength":1},"minItems":1},"case_sensitive":{"description":"Default false.","type":"boolean"},"then":{"$ref":"#/definitions/label","description":"The label when the text occurs (the vertical form; needs text and else)."},"else":{"$ref":"#/definitions/label","description":"The label when it does not (needs text and then)."},"measured":{"$ref":"#/definitions/judgeMeasured"}},"allOf":[{"oneOf":[{"required":["text"]},{"required":["any"]},{"required":["all"]}],"tsType":"unknown"}],"dependencies":{"then":["text","else"],"else":["text","then"]}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/oneOf/0/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema54.allOf[0].oneOf[0].required,parentSchema:schema54.allOf[0].oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.any === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "any"},message:"must have required property '"+"any"+"'",schema:schema54.allOf[0].oneOf[1].required,parentSchema:schema54.allOf[0].oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.all === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/oneOf/2/required",keyword:"required",params:{missingProperty: "all"},message:"must have required property '"+"all"+"'",schema:schema54.allOf[0].oneOf[2].required,parentSchema:schema54.allOf[0].oneOf[2],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid1 = true;
passing0 = 2;
}
}
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema54.allOf[0].oneOf,parentSchema:schema54.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "text")) || (key0 === "any")) || (key0 === "all")) || (key0 === "case_sensitive")) || (key0 === "then")) || (key0 === "else")) || (key0 === "measured"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.then !== undefined){
if(data.text === undefined){
const err6 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "then",
    missingProperty: "text",
    depsCount: 2,
    deps: "text, else"},message:"must have properties text, else when property then is present",schema:schema54.dependencies,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.else === undefined){
const err7 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "then",
    missingProperty: "else",
    depsCount: 2,
    deps: "text, else"},message:"must have properties text, else when property then is present",schema:schema54.dependencies,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.else !== undefined){
if(data.text === undefined){
const err8 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "else",
    missingProperty: "text",
    depsCount: 2,
    deps: "text, then"},message:"must have properties text, then when property else is present",schema:schema54.dependencies,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.then === undefined){
const err9 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "else",
    missingProperty: "then",
    depsCount: 2,
    deps: "text, then"},message:"must have properties text, then when property else is present",schema:schema54.dependencies,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("contains" !== data0){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "contains"},message:"must be equal to constant",schema:"contains",parentSchema:schema54.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.text !== undefined){
let data1 = data.text;
if(typeof data1 === "string"){
if(func5(data1) < 1){
const err11 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.text,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.text.type,parentSchema:schema54.properties.text,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.any !== undefined){
let data2 = data.any;
if(Array.isArray(data2)){
if(data2.length < 1){
const err13 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema54.properties.any,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func5(data3) < 1){
const err14 = {instancePath:instancePath+"/any/" + i0,schemaPath:"#/properties/any/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.any.items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/any/" + i0,schemaPath:"#/properties/any/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.any.items.type,parentSchema:schema54.properties.any.items,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.any.type,parentSchema:schema54.properties.any,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.all !== undefined){
let data4 = data.all;
if(Array.isArray(data4)){
if(data4.length < 1){
const err17 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema54.properties.all,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(func5(data5) < 1){
const err18 = {instancePath:instancePath+"/all/" + i1,schemaPath:"#/properties/all/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.all.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/all/" + i1,schemaPath:"#/properties/all/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.all.items.type,parentSchema:schema54.properties.all.items,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.all.type,parentSchema:schema54.properties.all,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.case_sensitive !== undefined){
let data6 = data.case_sensitive;
if(typeof data6 !== "boolean"){
const err21 = {instancePath:instancePath+"/case_sensitive",schemaPath:"#/properties/case_sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema54.properties.case_sensitive.type,parentSchema:schema54.properties.case_sensitive,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.then !== undefined){
let data7 = data.then;
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err22 = {instancePath:instancePath+"/then",schemaPath:"#/definitions/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema35,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/then",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.else !== undefined){
let data8 = data.else;
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err24 = {instancePath:instancePath+"/else",schemaPath:"#/definitions/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema35,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/else",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.measured !== undefined){
let data9 = data.measured;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.sensitivity === undefined){
const err26 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9.specificity === undefined){
const err27 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key1 in data9){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err28 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.sensitivity !== undefined){
let data10 = data9.sensitivity;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.detected === undefined){
const err29 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data10.of === undefined){
const err30 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 in data10){
if(!((key2 === "detected") || (key2 === "of"))){
const err31 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.detected !== undefined){
let data11 = data10.detected;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err32 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err33 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data10.of !== undefined){
let data12 = data10.of;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err34 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err35 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data9.specificity !== undefined){
let data13 = data9.specificity;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.cleared === undefined){
const err37 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data13.of === undefined){
const err38 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key3 in data13){
if(!((key3 === "cleared") || (key3 === "of"))){
const err39 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data13.cleared !== undefined){
let data14 = data13.cleared;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err40 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err41 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data13.of !== undefined){
let data15 = data13.of;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err42 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err43 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}

const schema58 = {"description":"The paper's truthfulness parse (rules: paper, the default, as truth_eval/truthful_qa_analysis.py in aaron-jx-li/rlhf-trustworthiness): correct when a true option's text occurs in the output and no false option's does; no option at all is unparsed. rules: first-hit walks the options in dataset order and lets the first one found decide.","type":"object","additionalProperties":false,"required":["kind","options"],"properties":{"kind":{"const":"option-match"},"options":{"description":"Field with the options in dataset order: a list, or an object mapping option text to 1/0 (as in TruthfulQA's mc1_targets).","$ref":"#/definitions/fieldName"},"correct":{"description":"Field giving the correct option: an index, the option text, or a list of 1/0 per option. Not needed when options is a text→label object.","$ref":"#/definitions/fieldName"},"rules":{"description":"paper (default): correct only when a true option occurs and no false one does, as the paper's code. first-hit: the first option in dataset order whose text occurs decides.","enum":["paper","first-hit"]}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.options === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "kind") || (key0 === "options")) || (key0 === "correct")) || (key0 === "rules"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("option-match" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "option-match"},message:"must be equal to constant",schema:"option-match",parentSchema:schema58.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.options !== undefined){
let data1 = data.options;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/options",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/options",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.correct !== undefined){
let data2 = data.correct;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err6 = {instancePath:instancePath+"/correct",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/correct",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.rules !== undefined){
let data3 = data.rules;
if(!((data3 === "paper") || (data3 === "first-hit"))){
const err8 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.enum,parentSchema:schema58.properties.rules,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}

const schema61 = {"description":"Privacy: the item leaks when the secret value occurs in the output (case-insensitive).","type":"object","additionalProperties":false,"required":["kind","secret"],"properties":{"kind":{"const":"leak"},"secret":{"description":"Field holding the value that must not appear.","$ref":"#/definitions/fieldName"},"case_sensitive":{"description":"Default false.","type":"boolean"},"measured":{"$ref":"#/definitions/judgeMeasured"}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.secret === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "kind") || (key0 === "secret")) || (key0 === "case_sensitive")) || (key0 === "measured"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("leak" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "leak"},message:"must be equal to constant",schema:"leak",parentSchema:schema61.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.secret !== undefined){
let data1 = data.secret;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/secret",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/secret",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.case_sensitive !== undefined){
let data2 = data.case_sensitive;
if(typeof data2 !== "boolean"){
const err6 = {instancePath:instancePath+"/case_sensitive",schemaPath:"#/properties/case_sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema61.properties.case_sensitive.type,parentSchema:schema61.properties.case_sensitive,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.measured !== undefined){
let data3 = data.measured;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.sensitivity === undefined){
const err7 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.specificity === undefined){
const err8 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err9 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.sensitivity !== undefined){
let data4 = data3.sensitivity;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.detected === undefined){
const err10 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.of === undefined){
const err11 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "detected") || (key2 === "of"))){
const err12 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.detected !== undefined){
let data5 = data4.detected;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data4.of !== undefined){
let data6 = data4.of;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.specificity !== undefined){
let data7 = data3.specificity;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.cleared === undefined){
const err18 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7.of === undefined){
const err19 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data7){
if(!((key3 === "cleared") || (key3 === "of"))){
const err20 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.cleared !== undefined){
let data8 = data7.cleared;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data7.of !== undefined){
let data9 = data7.of;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err23 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}

const schema64 = {"description":"Privacy: the output leaks when trustspec's PII detector finds any of these kinds in it (e-mail, phone, US SSN, Luhn-valid card, IP address, API-key-like secret); see docs/verticals/privacy.md for each rule and its measured precision and recall.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"pii"},"types":{"description":"The kinds that count. Default: all.","type":"array","items":{"enum":["email","ip_address","credit_card","ssn","phone","secret"]},"minItems":1,"uniqueItems":true},"measured":{"$ref":"#/definitions/judgeMeasured"}}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "types")) || (key0 === "measured"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("pii" !== data0){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "pii"},message:"must be equal to constant",schema:"pii",parentSchema:schema64.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.types !== undefined){
let data1 = data.types;
if(Array.isArray(data1)){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema64.properties.types,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!((((((data2 === "email") || (data2 === "ip_address")) || (data2 === "credit_card")) || (data2 === "ssn")) || (data2 === "phone")) || (data2 === "secret"))){
const err4 = {instancePath:instancePath+"/types/" + i0,schemaPath:"#/properties/types/items/enum",keyword:"enum",params:{allowedValues: schema64.properties.types.items.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.types.items.enum,parentSchema:schema64.properties.types.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
const err5 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema64.properties.types,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.types.type,parentSchema:schema64.properties.types,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.measured !== undefined){
let data3 = data.measured;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.sensitivity === undefined){
const err7 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.specificity === undefined){
const err8 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err9 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.sensitivity !== undefined){
let data4 = data3.sensitivity;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.detected === undefined){
const err10 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.of === undefined){
const err11 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "detected") || (key2 === "of"))){
const err12 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.detected !== undefined){
let data5 = data4.detected;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data4.of !== undefined){
let data6 = data4.of;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.specificity !== undefined){
let data7 = data3.specificity;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.cleared === undefined){
const err18 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7.of === undefined){
const err19 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data7){
if(!((key3 === "cleared") || (key3 === "of"))){
const err20 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.cleared !== undefined){
let data8 = data7.cleared;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data7.of !== undefined){
let data9 = data7.of;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err23 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}

const schema66 = {"description":"Passes when the JavaScript regular expression matches somewhere in the output (anchor it with ^ and $ to match the whole output). An invalid pattern is a validation error at its line.","type":"object","additionalProperties":false,"required":["kind","pattern"],"properties":{"kind":{"const":"regex"},"pattern":{"description":"The pattern, without surrounding slashes, e.g. \"\\\\bacme-internal\\\\.net\\\\b\".","type":"string","minLength":1},"flags":{"description":"Any of i (ignore case), m (^ and $ at line ends), s (. matches newlines), u (Unicode). Default none.","type":"string","pattern":"^(?!.*(.).*\\1)[imsu]*$","x-hint":"use each of i, m, s and u at most once, e.g. iu"},"measured":{"$ref":"#/definitions/judgeMeasured"}}};
const pattern19 = new RegExp("^(?!.*(.).*\\1)[imsu]*$", "u");

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.pattern === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "kind") || (key0 === "pattern")) || (key0 === "flags")) || (key0 === "measured"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("regex" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "regex"},message:"must be equal to constant",schema:"regex",parentSchema:schema66.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.pattern !== undefined){
let data1 = data.pattern;
if(typeof data1 === "string"){
if(func5(data1) < 1){
const err4 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.pattern,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.pattern.type,parentSchema:schema66.properties.pattern,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.flags !== undefined){
let data2 = data.flags;
if(typeof data2 === "string"){
if(!pattern19.test(data2)){
const err6 = {instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/pattern",keyword:"pattern",params:{pattern: "^(?!.*(.).*\\1)[imsu]*$"},message:"must match pattern \""+"^(?!.*(.).*\\1)[imsu]*$"+"\"",schema:"^(?!.*(.).*\\1)[imsu]*$",parentSchema:schema66.properties.flags,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.flags.type,parentSchema:schema66.properties.flags,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.measured !== undefined){
let data3 = data.measured;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.sensitivity === undefined){
const err8 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.specificity === undefined){
const err9 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err10 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.sensitivity !== undefined){
let data4 = data3.sensitivity;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.detected === undefined){
const err11 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.of === undefined){
const err12 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "detected") || (key2 === "of"))){
const err13 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.detected !== undefined){
let data5 = data4.detected;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err14 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data4.of !== undefined){
let data6 = data4.of;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.specificity !== undefined){
let data7 = data3.specificity;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.cleared === undefined){
const err19 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7.of === undefined){
const err20 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key3 in data7){
if(!((key3 === "cleared") || (key3 === "of"))){
const err21 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.cleared !== undefined){
let data8 = data7.cleared;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err22 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data7.of !== undefined){
let data9 = data7.of;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err24 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
else {
const err26 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}

const schema68 = {"description":"Passes when the judge inside fails; its score is 1 − the inner score.","type":"object","additionalProperties":false,"required":["kind","judge"],"properties":{"kind":{"const":"not"},"judge":{"$ref":"#/definitions/generalJudge"},"measured":{"$ref":"#/definitions/judgeMeasured"}}};
const schema69 = {"description":"A general judge: it passes or fails each output (with a score in [0, 1]). Only these compose inside not, all_of and any_of.","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/definitions/judgeRegex"},{"$ref":"#/definitions/judgeContains"},{"$ref":"#/definitions/judgeNot"},{"$ref":"#/definitions/judgeEquals"},{"$ref":"#/definitions/judgeStartsWith"},{"$ref":"#/definitions/judgeJson"},{"$ref":"#/definitions/judgeRefusal"},{"$ref":"#/definitions/judgeClassifier"},{"$ref":"#/definitions/judgeModule"},{"$ref":"#/definitions/judgeAllOf"},{"$ref":"#/definitions/judgeAnyOf"}]};
const schema70 = {"description":"Passes when the whole output (after postprocess) equals the value, or the item's field; nothing is trimmed (add postprocess: [trim]).","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"equals"},"value":{"description":"The text to compare with.","type":"string"},"field":{"description":"A dataset field holding the text to compare with (each item its own, e.g. the expected answer).","$ref":"#/definitions/fieldName"},"case_sensitive":{"description":"Default false.","type":"boolean"},"measured":{"$ref":"#/definitions/judgeMeasured"}},"allOf":[{"oneOf":[{"required":["value"]},{"required":["field"]}],"tsType":"unknown"}]};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/oneOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema70.allOf[0].oneOf[0].required,parentSchema:schema70.allOf[0].oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema70.allOf[0].oneOf[1].required,parentSchema:schema70.allOf[0].oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema70.allOf[0].oneOf,parentSchema:schema70.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "kind") || (key0 === "value")) || (key0 === "field")) || (key0 === "case_sensitive")) || (key0 === "measured"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("equals" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "equals"},message:"must be equal to constant",schema:"equals",parentSchema:schema70.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.value.type,parentSchema:schema70.properties.value,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.field !== undefined){
let data2 = data.field;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err7 = {instancePath:instancePath+"/field",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/field",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.case_sensitive !== undefined){
let data3 = data.case_sensitive;
if(typeof data3 !== "boolean"){
const err9 = {instancePath:instancePath+"/case_sensitive",schemaPath:"#/properties/case_sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema70.properties.case_sensitive.type,parentSchema:schema70.properties.case_sensitive,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.measured !== undefined){
let data4 = data.measured;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.sensitivity === undefined){
const err10 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.specificity === undefined){
const err11 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err12 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.sensitivity !== undefined){
let data5 = data4.sensitivity;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.detected === undefined){
const err13 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.of === undefined){
const err14 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "detected") || (key2 === "of"))){
const err15 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.detected !== undefined){
let data6 = data5.detected;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data5.of !== undefined){
let data7 = data5.of;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.specificity !== undefined){
let data8 = data4.specificity;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.cleared === undefined){
const err21 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.of === undefined){
const err22 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key3 in data8){
if(!((key3 === "cleared") || (key3 === "of"))){
const err23 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.cleared !== undefined){
let data9 = data8.cleared;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err24 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data8.of !== undefined){
let data10 = data8.of;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err26 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}

const schema73 = {"description":"Passes when the output (after postprocess) starts with the value, or the item's field; leading spaces count (add postprocess: [trim]).","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"starts_with"},"value":{"description":"The text to compare with.","type":"string"},"field":{"description":"A dataset field holding the text to compare with (each item its own, e.g. the expected answer).","$ref":"#/definitions/fieldName"},"case_sensitive":{"description":"Default false.","type":"boolean"},"measured":{"$ref":"#/definitions/judgeMeasured"}},"allOf":[{"oneOf":[{"required":["value"]},{"required":["field"]}],"tsType":"unknown"}]};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/oneOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema73.allOf[0].oneOf[0].required,parentSchema:schema73.allOf[0].oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema73.allOf[0].oneOf[1].required,parentSchema:schema73.allOf[0].oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema73.allOf[0].oneOf,parentSchema:schema73.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "kind") || (key0 === "value")) || (key0 === "field")) || (key0 === "case_sensitive")) || (key0 === "measured"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("starts_with" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "starts_with"},message:"must be equal to constant",schema:"starts_with",parentSchema:schema73.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.value.type,parentSchema:schema73.properties.value,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.field !== undefined){
let data2 = data.field;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err7 = {instancePath:instancePath+"/field",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/field",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.case_sensitive !== undefined){
let data3 = data.case_sensitive;
if(typeof data3 !== "boolean"){
const err9 = {instancePath:instancePath+"/case_sensitive",schemaPath:"#/properties/case_sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema73.properties.case_sensitive.type,parentSchema:schema73.properties.case_sensitive,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.measured !== undefined){
let data4 = data.measured;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.sensitivity === undefined){
const err10 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.specificity === undefined){
const err11 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err12 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.sensitivity !== undefined){
let data5 = data4.sensitivity;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.detected === undefined){
const err13 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.of === undefined){
const err14 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "detected") || (key2 === "of"))){
const err15 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.detected !== undefined){
let data6 = data5.detected;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data5.of !== undefined){
let data7 = data5.of;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.specificity !== undefined){
let data8 = data4.specificity;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.cleared === undefined){
const err21 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.of === undefined){
const err22 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key3 in data8){
if(!((key3 === "cleared") || (key3 === "of"))){
const err23 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.cleared !== undefined){
let data9 = data8.cleared;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err24 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data8.of !== undefined){
let data10 = data8.of;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err26 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}

const schema76 = {"description":"Passes when the output (after postprocess) parses as JSON and, with schema, is valid against that JSON Schema (draft-07, 2019-09 or 2020-12, checked with ajv; formats are not checked). A schema that does not compile is a validation error.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"json"},"schema":{"description":"A JSON Schema inline (an object), or the path of a .json file holding one, relative to the file that names it.","anyOf":[{"type":"object"},{"type":"string","minLength":1}]},"measured":{"$ref":"#/definitions/judgeMeasured"}}};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "schema")) || (key0 === "measured"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("json" !== data0){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "json"},message:"must be equal to constant",schema:"json",parentSchema:schema76.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schema !== undefined){
let data1 = data.schema;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err3 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.properties.schema.anyOf[0].type,parentSchema:schema76.properties.schema.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs7 = errors;
if(typeof data1 === "string"){
if(func5(data1) < 1){
const err4 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.schema.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.schema.anyOf[1].type,parentSchema:schema76.properties.schema.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err6 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema76.properties.schema.anyOf,parentSchema:schema76.properties.schema,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.measured !== undefined){
let data2 = data.measured;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.sensitivity === undefined){
const err7 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.specificity === undefined){
const err8 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err9 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.sensitivity !== undefined){
let data3 = data2.sensitivity;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.detected === undefined){
const err10 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.of === undefined){
const err11 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "detected") || (key2 === "of"))){
const err12 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.detected !== undefined){
let data4 = data3.detected;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data3.of !== undefined){
let data5 = data3.of;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.specificity !== undefined){
let data6 = data2.specificity;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.cleared === undefined){
const err18 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.of === undefined){
const err19 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data6){
if(!((key3 === "cleared") || (key3 === "of"))){
const err20 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.cleared !== undefined){
let data7 = data6.cleared;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err21 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data6.of !== undefined){
let data8 = data6.of;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err23 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}

const schema78 = {"description":"Passes when the output is a refusal by trustspec's refusal detector (\"I can't help with that\", \"I'm sorry, but\", \"As an AI\"…); see docs/spec-reference.md for its rules and what it misses. Wrap it in not to pass answers that do not refuse.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"refusal"},"measured":{"$ref":"#/definitions/judgeMeasured"}}};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "kind") || (key0 === "measured"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("refusal" !== data0){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "refusal"},message:"must be equal to constant",schema:"refusal",parentSchema:schema78.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.measured !== undefined){
let data1 = data.measured;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.sensitivity === undefined){
const err3 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.specificity === undefined){
const err4 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err5 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.sensitivity !== undefined){
let data2 = data1.sensitivity;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.detected === undefined){
const err6 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.of === undefined){
const err7 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data2){
if(!((key2 === "detected") || (key2 === "of"))){
const err8 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.detected !== undefined){
let data3 = data2.detected;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data2.of !== undefined){
let data4 = data2.of;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.specificity !== undefined){
let data5 = data1.specificity;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.cleared === undefined){
const err14 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.of === undefined){
const err15 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data5){
if(!((key3 === "cleared") || (key3 === "of"))){
const err16 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.cleared !== undefined){
let data6 = data5.cleared;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data5.of !== undefined){
let data7 = data5.of;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}

const schema80 = {"description":"An ONNX sequence classifier exported by the user: the score is the probability it gives label; the output passes when the score is at least threshold (below: when it is under it). The run classifies every kept output in its judge phase, batched and cached.","type":"object","not":{"required":["device_id"],"properties":{"execution_provider":{"const":"cpu"}}},"x-not-message":"device_id picks a GPU: it needs execution_provider: cuda (without device_id the classifier runs on the CPU)","additionalProperties":false,"required":["kind","path","label"],"properties":{"kind":{"const":"classifier"},"path":{"description":"Model directory (config.json, tokenizer.json, model.onnx), relative to the file that names it.","type":"string","minLength":1},"label":{"description":"A label of the model's id2label whose probability is the score.","type":"string","minLength":1},"threshold":{"description":"Pass when the score is at least this. Default 0.5.","$ref":"#/definitions/unitInterval"},"below":{"description":"Pass when the score is under the threshold instead. Default false.","type":"boolean"},"batch_size":{"type":"integer","minimum":1},"dtype":{"description":"Which precision variant of the classifier to run (model_q4.onnx…): fp32 (default), fp16, q4, q4f16, int8, uint8, q8 or quantized, bnb4.","enum":["fp32","fp16","q4","q4f16","int8","uint8","q8","quantized","bnb4"]},"execution_provider":{"description":"Where onnxruntime runs the classifier: cpu (default) or cuda (an NVIDIA GPU), as for models in trustspec.config.yaml (docs/models.md, Running on a GPU).","enum":["cpu","cuda"],"x-hint":"cuda is an NVIDIA GPU (see Running on a GPU in docs/models.md)"},"device_id":{"description":"Which GPU runs the classifier, for execution_provider: cuda. Default 0.","type":"integer","minimum":0},"measured":{"$ref":"#/definitions/judgeMeasured"}}};
const schema81 = {"type":"number","minimum":0,"maximum":1};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.device_id === undefined) && (missing0 = "device_id")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.execution_provider !== undefined){
if("cpu" !== data.execution_provider){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err2 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema80.not,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.path === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.label === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema80.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("classifier" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "classifier"},message:"must be equal to constant",schema:"classifier",parentSchema:schema80.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(typeof data2 === "string"){
if(func5(data2) < 1){
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.path,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.path.type,parentSchema:schema80.properties.path,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.label !== undefined){
let data3 = data.label;
if(typeof data3 === "string"){
if(func5(data3) < 1){
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.label,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.label.type,parentSchema:schema80.properties.label,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.threshold !== undefined){
let data4 = data.threshold;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/threshold",schemaPath:"#/definitions/unitInterval/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema81,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/threshold",schemaPath:"#/definitions/unitInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema81,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/threshold",schemaPath:"#/definitions/unitInterval/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema81.type,parentSchema:schema81,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.below !== undefined){
let data5 = data.below;
if(typeof data5 !== "boolean"){
const err15 = {instancePath:instancePath+"/below",schemaPath:"#/properties/below/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema80.properties.below.type,parentSchema:schema80.properties.below,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.batch_size !== undefined){
let data6 = data.batch_size;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema80.properties.batch_size.type,parentSchema:schema80.properties.batch_size,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema80.properties.batch_size,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.dtype !== undefined){
let data7 = data.dtype;
if(!(((((((((data7 === "fp32") || (data7 === "fp16")) || (data7 === "q4")) || (data7 === "q4f16")) || (data7 === "int8")) || (data7 === "uint8")) || (data7 === "q8")) || (data7 === "quantized")) || (data7 === "bnb4"))){
const err18 = {instancePath:instancePath+"/dtype",schemaPath:"#/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema80.properties.dtype.enum},message:"must be equal to one of the allowed values",schema:schema80.properties.dtype.enum,parentSchema:schema80.properties.dtype,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.execution_provider !== undefined){
let data8 = data.execution_provider;
if(!((data8 === "cpu") || (data8 === "cuda"))){
const err19 = {instancePath:instancePath+"/execution_provider",schemaPath:"#/properties/execution_provider/enum",keyword:"enum",params:{allowedValues: schema80.properties.execution_provider.enum},message:"must be equal to one of the allowed values",schema:schema80.properties.execution_provider.enum,parentSchema:schema80.properties.execution_provider,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.device_id !== undefined){
let data9 = data.device_id;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err20 = {instancePath:instancePath+"/device_id",schemaPath:"#/properties/device_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema80.properties.device_id.type,parentSchema:schema80.properties.device_id,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err21 = {instancePath:instancePath+"/device_id",schemaPath:"#/properties/device_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema80.properties.device_id,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.measured !== undefined){
let data10 = data.measured;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.sensitivity === undefined){
const err22 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data10.specificity === undefined){
const err23 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data10){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err24 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.sensitivity !== undefined){
let data11 = data10.sensitivity;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.detected === undefined){
const err25 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data11.of === undefined){
const err26 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "detected") || (key2 === "of"))){
const err27 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data11.detected !== undefined){
let data12 = data11.detected;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err28 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data11.of !== undefined){
let data13 = data11.of;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err30 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err31 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.specificity !== undefined){
let data14 = data10.specificity;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.cleared === undefined){
const err33 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data14.of === undefined){
const err34 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key3 in data14){
if(!((key3 === "cleared") || (key3 === "of"))){
const err35 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data14.cleared !== undefined){
let data15 = data14.cleared;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err36 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err37 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data14.of !== undefined){
let data16 = data14.of;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err38 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err39 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}

const schema83 = {"description":"Your own judge: a .js (CommonJS) or .ts (transpiled with the project's typescript) file exporting a function (output, item) => boolean | number | {pass, score?, reason?}; see docs/spec-reference.md. A number is a score in [0, 1], passing at threshold.","type":"object","additionalProperties":false,"required":["kind","path"],"properties":{"kind":{"const":"module"},"path":{"description":"The file, relative to the file that names it: .js or .cjs (CommonJS), or .ts or .cts.","type":"string","minLength":1},"export":{"description":"The exported function's name. Default: the default export (export default, or module.exports = function).","type":"string","pattern":"^[A-Za-z_$][A-Za-z0-9_$]*$","x-hint":"a JavaScript name such as judge"},"threshold":{"description":"When the function returns a number: pass when it is at least this. Default 0.5.","$ref":"#/definitions/unitInterval"},"below":{"description":"When the function returns a number: pass when it is under the threshold instead. Default false.","type":"boolean"},"measured":{"$ref":"#/definitions/judgeMeasured"}}};
const pattern22 = new RegExp("^[A-Za-z_$][A-Za-z0-9_$]*$", "u");

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "path")) || (key0 === "export")) || (key0 === "threshold")) || (key0 === "below")) || (key0 === "measured"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("module" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "module"},message:"must be equal to constant",schema:"module",parentSchema:schema83.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(func5(data1) < 1){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.path,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.path.type,parentSchema:schema83.properties.path,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.export !== undefined){
let data2 = data.export;
if(typeof data2 === "string"){
if(!pattern22.test(data2)){
const err6 = {instancePath:instancePath+"/export",schemaPath:"#/properties/export/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_$][A-Za-z0-9_$]*$"},message:"must match pattern \""+"^[A-Za-z_$][A-Za-z0-9_$]*$"+"\"",schema:"^[A-Za-z_$][A-Za-z0-9_$]*$",parentSchema:schema83.properties.export,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/export",schemaPath:"#/properties/export/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.export.type,parentSchema:schema83.properties.export,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.threshold !== undefined){
let data3 = data.threshold;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/threshold",schemaPath:"#/definitions/unitInterval/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema81,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/threshold",schemaPath:"#/definitions/unitInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema81,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/threshold",schemaPath:"#/definitions/unitInterval/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema81.type,parentSchema:schema81,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.below !== undefined){
let data4 = data.below;
if(typeof data4 !== "boolean"){
const err11 = {instancePath:instancePath+"/below",schemaPath:"#/properties/below/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema83.properties.below.type,parentSchema:schema83.properties.below,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.measured !== undefined){
let data5 = data.measured;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.sensitivity === undefined){
const err12 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.specificity === undefined){
const err13 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err14 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.sensitivity !== undefined){
let data6 = data5.sensitivity;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.detected === undefined){
const err15 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.of === undefined){
const err16 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data6){
if(!((key2 === "detected") || (key2 === "of"))){
const err17 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.detected !== undefined){
let data7 = data6.detected;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data6.of !== undefined){
let data8 = data6.of;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err20 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.specificity !== undefined){
let data9 = data5.specificity;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.cleared === undefined){
const err23 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data9.of === undefined){
const err24 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key3 in data9){
if(!((key3 === "cleared") || (key3 === "of"))){
const err25 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.cleared !== undefined){
let data10 = data9.cleared;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err26 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data9.of !== undefined){
let data11 = data9.of;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err28 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err29 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}

const schema86 = {"description":"Passes when every judge inside passes; its score is the lowest of theirs.","type":"object","additionalProperties":false,"required":["kind","judges"],"properties":{"kind":{"const":"all_of"},"judges":{"type":"array","items":{"$ref":"#/definitions/generalJudge"},"minItems":1},"measured":{"$ref":"#/definitions/judgeMeasured"}}};
const wrapper0 = {validate: validate73};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema86.required,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.judges === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "judges"},message:"must have required property '"+"judges"+"'",schema:schema86.required,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "judges")) || (key0 === "measured"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("all_of" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "all_of"},message:"must be equal to constant",schema:"all_of",parentSchema:schema86.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.judges !== undefined){
let data1 = data.judges;
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/judges",schemaPath:"#/properties/judges/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema86.properties.judges,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data1[i0], {instancePath:instancePath+"/judges/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/judges",schemaPath:"#/properties/judges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.judges.type,parentSchema:schema86.properties.judges,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.measured !== undefined){
let data3 = data.measured;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.sensitivity === undefined){
const err6 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.specificity === undefined){
const err7 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err8 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.sensitivity !== undefined){
let data4 = data3.sensitivity;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.detected === undefined){
const err9 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.of === undefined){
const err10 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "detected") || (key2 === "of"))){
const err11 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.detected !== undefined){
let data5 = data4.detected;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data4.of !== undefined){
let data6 = data4.of;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.specificity !== undefined){
let data7 = data3.specificity;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.cleared === undefined){
const err17 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.of === undefined){
const err18 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data7){
if(!((key3 === "cleared") || (key3 === "of"))){
const err19 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.cleared !== undefined){
let data8 = data7.cleared;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err20 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data7.of !== undefined){
let data9 = data7.of;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err22 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.type,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}

const schema88 = {"description":"Passes when at least one judge inside passes; its score is the highest of theirs.","type":"object","additionalProperties":false,"required":["kind","judges"],"properties":{"kind":{"const":"any_of"},"judges":{"type":"array","items":{"$ref":"#/definitions/generalJudge"},"minItems":1},"measured":{"$ref":"#/definitions/judgeMeasured"}}};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.judges === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "judges"},message:"must have required property '"+"judges"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "judges")) || (key0 === "measured"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("any_of" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "any_of"},message:"must be equal to constant",schema:"any_of",parentSchema:schema88.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.judges !== undefined){
let data1 = data.judges;
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/judges",schemaPath:"#/properties/judges/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema88.properties.judges,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data1[i0], {instancePath:instancePath+"/judges/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/judges",schemaPath:"#/properties/judges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.judges.type,parentSchema:schema88.properties.judges,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.measured !== undefined){
let data3 = data.measured;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.sensitivity === undefined){
const err6 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.specificity === undefined){
const err7 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err8 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.sensitivity !== undefined){
let data4 = data3.sensitivity;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.detected === undefined){
const err9 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.of === undefined){
const err10 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "detected") || (key2 === "of"))){
const err11 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.detected !== undefined){
let data5 = data4.detected;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data4.of !== undefined){
let data6 = data4.of;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.specificity !== undefined){
let data7 = data3.specificity;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.cleared === undefined){
const err17 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.of === undefined){
const err18 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data7){
if(!((key3 === "cleared") || (key3 === "of"))){
const err19 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.cleared !== undefined){
let data8 = data7.cleared;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err20 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data7.of !== undefined){
let data9 = data7.of;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err22 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}

const wrapper2 = {validate: validate72};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "regex"){
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
else if(tag0 === "contains"){
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
else if(tag0 === "not"){
if(!(wrapper2.validate(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
errors = vErrors.length;
}
}
else if(tag0 === "equals"){
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
else if(tag0 === "starts_with"){
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
else if(tag0 === "json"){
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
else if(tag0 === "refusal"){
if(!(validate77(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
else if(tag0 === "classifier"){
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
else if(tag0 === "module"){
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
else if(tag0 === "all_of"){
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
else if(tag0 === "any_of"){
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
else {
const err1 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema69.discriminator,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema69.discriminator,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.judge === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "judge"},message:"must have required property '"+"judge"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "judge")) || (key0 === "measured"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("not" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "not"},message:"must be equal to constant",schema:"not",parentSchema:schema68.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.judge !== undefined){
if(!(validate73(data.judge, {instancePath:instancePath+"/judge",parentData:data,parentDataProperty:"judge",rootData}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.measured !== undefined){
let data2 = data.measured;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.sensitivity === undefined){
const err4 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "sensitivity"},message:"must have required property '"+"sensitivity"+"'",schema:schema47.required,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.specificity === undefined){
const err5 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/required",keyword:"required",params:{missingProperty: "specificity"},message:"must have required property '"+"specificity"+"'",schema:schema47.required,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "sensitivity") || (key1 === "specificity"))){
const err6 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.sensitivity !== undefined){
let data3 = data2.sensitivity;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.detected === undefined){
const err7 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "detected"},message:"must have required property '"+"detected"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.of === undefined){
const err8 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.sensitivity.required,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "detected") || (key2 === "of"))){
const err9 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.detected !== undefined){
let data4 = data3.detected;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.detected.type,parentSchema:schema47.properties.sensitivity.properties.detected,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/measured/sensitivity/detected",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/detected/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.sensitivity.properties.detected,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data3.of !== undefined){
let data5 = data3.of;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.sensitivity.properties.of.type,parentSchema:schema47.properties.sensitivity.properties.of,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/measured/sensitivity/of",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.sensitivity.properties.of,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/measured/sensitivity",schemaPath:"#/definitions/judgeMeasured/properties/sensitivity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.sensitivity.type,parentSchema:schema47.properties.sensitivity,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.specificity !== undefined){
let data6 = data2.specificity;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.cleared === undefined){
const err15 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "cleared"},message:"must have required property '"+"cleared"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.of === undefined){
const err16 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'",schema:schema47.properties.specificity.required,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data6){
if(!((key3 === "cleared") || (key3 === "of"))){
const err17 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.cleared !== undefined){
let data7 = data6.cleared;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.cleared.type,parentSchema:schema47.properties.specificity.properties.cleared,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/measured/specificity/cleared",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/cleared/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.specificity.properties.cleared,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data6.of !== undefined){
let data8 = data6.of;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err20 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.specificity.properties.of.type,parentSchema:schema47.properties.specificity.properties.of,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/measured/specificity/of",schemaPath:"#/definitions/judgeMeasured/properties/specificity/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.specificity.properties.of,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/measured/specificity",schemaPath:"#/definitions/judgeMeasured/properties/specificity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.specificity.type,parentSchema:schema47.properties.specificity,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/measured",schemaPath:"#/definitions/judgeMeasured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "toxicity-lexical"){
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
else if(tag0 === "toxicity-learned"){
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
else if(tag0 === "toxicity-classifier"){
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
else if(tag0 === "agreement"){
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
else if(tag0 === "contains"){
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
else if(tag0 === "wrong-not-wrong"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/definitions/judgeWrongNotWrong/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "kind")){
const err2 = {instancePath,schemaPath:"#/definitions/judgeWrongNotWrong/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("wrong-not-wrong" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/judgeWrongNotWrong/properties/kind/const",keyword:"const",params:{allowedValue: "wrong-not-wrong"},message:"must be equal to constant",schema:"wrong-not-wrong",parentSchema:schema91.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/definitions/judgeWrongNotWrong/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else if(tag0 === "option-match"){
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
else if(tag0 === "leak"){
if(!(validate69(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
else if(tag0 === "pii"){
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
else if(tag0 === "regex"){
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
else if(tag0 === "not"){
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
else if(tag0 === "equals"){
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
else if(tag0 === "starts_with"){
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
else if(tag0 === "json"){
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
else if(tag0 === "refusal"){
if(!(validate77(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
else if(tag0 === "classifier"){
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
else if(tag0 === "module"){
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
else if(tag0 === "all_of"){
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
else if(tag0 === "any_of"){
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
else {
const err5 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema45.discriminator,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema45.discriminator,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}

const schema100 = {"type":"object","additionalProperties":false,"required":["name","template","slots","swap","measure","property"],"properties":{"name":{"description":"Test name of the probe.","type":"string","minLength":1},"template":{"description":"Handlebars template over the slots.","type":"string","minLength":1},"slots":{"description":"Slot values: a literal list, {path: FILE} (one value per line, or a JSON list), or {generator: names|numbers|phrases}.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"anyOf":[{"type":"array","items":{"type":"string"},"minItems":1},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1}}},{"type":"object","additionalProperties":false,"required":["generator"],"properties":{"generator":{"enum":["names","numbers","phrases"]},"min":{"type":"integer"},"max":{"type":"integer"}}}]}},"swap":{"description":"The protected-attribute slot whose values are swapped counterfactually.","$ref":"#/definitions/identifier"},"measure":{"description":"What is measured for each rendering: logprob_diff of two continuations [a, b] (log P(a) − log P(b)), p_agree (P(agree) / (P(agree) + P(disagree))), or judge (a toxicity judge's score, or 1 for an agreement judge's agree, averaged over the generated samples).","anyOf":[{"type":"object","additionalProperties":false,"required":["logprob_diff"],"properties":{"logprob_diff":{"type":"array","items":{"type":"string","minLength":1},"minItems":2,"maxItems":2}}},{"type":"object","additionalProperties":false,"required":["p_agree"],"properties":{"p_agree":{"type":"object","additionalProperties":false,"required":["agree","disagree"],"properties":{"agree":{"type":"string","minLength":1},"disagree":{"type":"string","minLength":1}}}}},{"type":"object","additionalProperties":false,"required":["judge"],"properties":{"judge":{"anyOf":[{"$ref":"#/definitions/name"},{"$ref":"#/definitions/judge"}]},"generate":{"$ref":"#/definitions/generate"}}}]},"property":{"description":"invariant: in every case, every two swapped values' measures differ by at most the tolerance; directional: in every case, measure(higher) − measure(lower) is above the margin; max_gap: over the whole run, the largest gap between two swapped values' mean measures is at most this.","anyOf":[{"type":"object","additionalProperties":false,"required":["invariant"],"properties":{"invariant":{"type":"object","additionalProperties":false,"required":["tolerance"],"properties":{"tolerance":{"$ref":"#/definitions/nonNegative"}}}}},{"type":"object","additionalProperties":false,"required":["directional"],"properties":{"directional":{"type":"object","additionalProperties":false,"required":["higher","lower"],"properties":{"higher":{"type":"string","minLength":1},"lower":{"type":"string","minLength":1},"margin":{"$ref":"#/definitions/nonNegative"}}}}},{"type":"object","additionalProperties":false,"required":["max_gap"],"properties":{"max_gap":{"$ref":"#/definitions/nonNegative"}}}]},"runs":{"description":"fast-check runs (cases). Default 100.","type":"integer","minimum":1,"maximum":100000},"seed":{"$ref":"#/definitions/seed"},"models":{"description":"Models for this probe. Default: the spec's models.","type":"array","items":{"$ref":"#/definitions/name"},"minItems":1,"uniqueItems":true}}};

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.template === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.slots === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "slots"},message:"must have required property '"+"slots"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.swap === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "swap"},message:"must have required property '"+"swap"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.measure === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "measure"},message:"must have required property '"+"measure"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.property === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema100.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func5(data0) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.name,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.name.type,parentSchema:schema100.properties.name,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.template !== undefined){
let data1 = data.template;
if(typeof data1 === "string"){
if(func5(data1) < 1){
const err9 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.template,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.template.type,parentSchema:schema100.properties.template,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.slots !== undefined){
let data2 = data.slots;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err11 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema100.properties.slots,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
const _errs8 = errors;
if(typeof key1 === "string"){
if(!pattern3.test(key1)){
const err12 = {instancePath:instancePath+"/slots",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema29,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/slots",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid1 = _errs8 === errors;
if(!valid1){
const err14 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema100.properties.slots.propertyNames,parentSchema:schema100.properties.slots,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
const _errs13 = errors;
let valid4 = false;
const _errs14 = errors;
if(Array.isArray(data3)){
if(data3.length < 1){
const err15 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/slots/additionalProperties/anyOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema100.properties.slots.additionalProperties.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/slots/additionalProperties/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.slots.additionalProperties.anyOf[0].items.type,parentSchema:schema100.properties.slots.additionalProperties.anyOf[0].items,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/slots/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.slots.additionalProperties.anyOf[0].type,parentSchema:schema100.properties.slots.additionalProperties.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs18 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.path === undefined){
const err18 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/slots/additionalProperties/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema100.properties.slots.additionalProperties.anyOf[1].required,parentSchema:schema100.properties.slots.additionalProperties.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data3){
if(!(key3 === "path")){
const err19 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/slots/additionalProperties/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.slots.additionalProperties.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.path !== undefined){
let data5 = data3.path;
if(typeof data5 === "string"){
if(func5(data5) < 1){
const err20 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/properties/slots/additionalProperties/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.slots.additionalProperties.anyOf[1].properties.path,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/properties/slots/additionalProperties/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.slots.additionalProperties.anyOf[1].properties.path.type,parentSchema:schema100.properties.slots.additionalProperties.anyOf[1].properties.path,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/slots/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.slots.additionalProperties.anyOf[1].type,parentSchema:schema100.properties.slots.additionalProperties.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs23 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.generator === undefined){
const err23 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/slots/additionalProperties/anyOf/2/required",keyword:"required",params:{missingProperty: "generator"},message:"must have required property '"+"generator"+"'",schema:schema100.properties.slots.additionalProperties.anyOf[2].required,parentSchema:schema100.properties.slots.additionalProperties.anyOf[2],data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key4 in data3){
if(!(((key4 === "generator") || (key4 === "min")) || (key4 === "max"))){
const err24 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/slots/additionalProperties/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.slots.additionalProperties.anyOf[2],data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data3.generator !== undefined){
let data6 = data3.generator;
if(!(((data6 === "names") || (data6 === "numbers")) || (data6 === "phrases"))){
const err25 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/generator",schemaPath:"#/properties/slots/additionalProperties/anyOf/2/properties/generator/enum",keyword:"enum",params:{allowedValues: schema100.properties.slots.additionalProperties.anyOf[2].properties.generator.enum},message:"must be equal to one of the allowed values",schema:schema100.properties.slots.additionalProperties.anyOf[2].properties.generator.enum,parentSchema:schema100.properties.slots.additionalProperties.anyOf[2].properties.generator,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data3.min !== undefined){
let data7 = data3.min;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err26 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/slots/additionalProperties/anyOf/2/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema100.properties.slots.additionalProperties.anyOf[2].properties.min.type,parentSchema:schema100.properties.slots.additionalProperties.anyOf[2].properties.min,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data3.max !== undefined){
let data8 = data3.max;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err27 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/slots/additionalProperties/anyOf/2/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema100.properties.slots.additionalProperties.anyOf[2].properties.max.type,parentSchema:schema100.properties.slots.additionalProperties.anyOf[2].properties.max,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/slots/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.slots.additionalProperties.anyOf[2].type,parentSchema:schema100.properties.slots.additionalProperties.anyOf[2],data:data3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid4 = valid4 || _valid0;
}
}
if(!valid4){
const err29 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/slots/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema100.properties.slots.additionalProperties.anyOf,parentSchema:schema100.properties.slots.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.slots.type,parentSchema:schema100.properties.slots,data:data2};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.swap !== undefined){
let data9 = data.swap;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err31 = {instancePath:instancePath+"/swap",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema29,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/swap",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.measure !== undefined){
let data10 = data.measure;
const _errs35 = errors;
let valid10 = false;
const _errs36 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.logprob_diff === undefined){
const err33 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/anyOf/0/required",keyword:"required",params:{missingProperty: "logprob_diff"},message:"must have required property '"+"logprob_diff"+"'",schema:schema100.properties.measure.anyOf[0].required,parentSchema:schema100.properties.measure.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key5 in data10){
if(!(key5 === "logprob_diff")){
const err34 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.measure.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.logprob_diff !== undefined){
let data11 = data10.logprob_diff;
if(Array.isArray(data11)){
if(data11.length > 2){
const err35 = {instancePath:instancePath+"/measure/logprob_diff",schemaPath:"#/properties/measure/anyOf/0/properties/logprob_diff/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema100.properties.measure.anyOf[0].properties.logprob_diff,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data11.length < 2){
const err36 = {instancePath:instancePath+"/measure/logprob_diff",schemaPath:"#/properties/measure/anyOf/0/properties/logprob_diff/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema100.properties.measure.anyOf[0].properties.logprob_diff,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(typeof data12 === "string"){
if(func5(data12) < 1){
const err37 = {instancePath:instancePath+"/measure/logprob_diff/" + i1,schemaPath:"#/properties/measure/anyOf/0/properties/logprob_diff/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.measure.anyOf[0].properties.logprob_diff.items,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/measure/logprob_diff/" + i1,schemaPath:"#/properties/measure/anyOf/0/properties/logprob_diff/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.measure.anyOf[0].properties.logprob_diff.items.type,parentSchema:schema100.properties.measure.anyOf[0].properties.logprob_diff.items,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/measure/logprob_diff",schemaPath:"#/properties/measure/anyOf/0/properties/logprob_diff/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.measure.anyOf[0].properties.logprob_diff.type,parentSchema:schema100.properties.measure.anyOf[0].properties.logprob_diff,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.measure.anyOf[0].type,parentSchema:schema100.properties.measure.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid1 = _errs36 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const _errs43 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.p_agree === undefined){
const err41 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/anyOf/1/required",keyword:"required",params:{missingProperty: "p_agree"},message:"must have required property '"+"p_agree"+"'",schema:schema100.properties.measure.anyOf[1].required,parentSchema:schema100.properties.measure.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key6 in data10){
if(!(key6 === "p_agree")){
const err42 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.measure.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data10.p_agree !== undefined){
let data13 = data10.p_agree;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.agree === undefined){
const err43 = {instancePath:instancePath+"/measure/p_agree",schemaPath:"#/properties/measure/anyOf/1/properties/p_agree/required",keyword:"required",params:{missingProperty: "agree"},message:"must have required property '"+"agree"+"'",schema:schema100.properties.measure.anyOf[1].properties.p_agree.required,parentSchema:schema100.properties.measure.anyOf[1].properties.p_agree,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data13.disagree === undefined){
const err44 = {instancePath:instancePath+"/measure/p_agree",schemaPath:"#/properties/measure/anyOf/1/properties/p_agree/required",keyword:"required",params:{missingProperty: "disagree"},message:"must have required property '"+"disagree"+"'",schema:schema100.properties.measure.anyOf[1].properties.p_agree.required,parentSchema:schema100.properties.measure.anyOf[1].properties.p_agree,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key7 in data13){
if(!((key7 === "agree") || (key7 === "disagree"))){
const err45 = {instancePath:instancePath+"/measure/p_agree",schemaPath:"#/properties/measure/anyOf/1/properties/p_agree/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.measure.anyOf[1].properties.p_agree,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data13.agree !== undefined){
let data14 = data13.agree;
if(typeof data14 === "string"){
if(func5(data14) < 1){
const err46 = {instancePath:instancePath+"/measure/p_agree/agree",schemaPath:"#/properties/measure/anyOf/1/properties/p_agree/properties/agree/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.measure.anyOf[1].properties.p_agree.properties.agree,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/measure/p_agree/agree",schemaPath:"#/properties/measure/anyOf/1/properties/p_agree/properties/agree/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.measure.anyOf[1].properties.p_agree.properties.agree.type,parentSchema:schema100.properties.measure.anyOf[1].properties.p_agree.properties.agree,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.disagree !== undefined){
let data15 = data13.disagree;
if(typeof data15 === "string"){
if(func5(data15) < 1){
const err48 = {instancePath:instancePath+"/measure/p_agree/disagree",schemaPath:"#/properties/measure/anyOf/1/properties/p_agree/properties/disagree/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.measure.anyOf[1].properties.p_agree.properties.disagree,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/measure/p_agree/disagree",schemaPath:"#/properties/measure/anyOf/1/properties/p_agree/properties/disagree/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.measure.anyOf[1].properties.p_agree.properties.disagree.type,parentSchema:schema100.properties.measure.anyOf[1].properties.p_agree.properties.disagree,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/measure/p_agree",schemaPath:"#/properties/measure/anyOf/1/properties/p_agree/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.measure.anyOf[1].properties.p_agree.type,parentSchema:schema100.properties.measure.anyOf[1].properties.p_agree,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.measure.anyOf[1].type,parentSchema:schema100.properties.measure.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid1 = _errs43 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const _errs53 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.judge === undefined){
const err52 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/anyOf/2/required",keyword:"required",params:{missingProperty: "judge"},message:"must have required property '"+"judge"+"'",schema:schema100.properties.measure.anyOf[2].required,parentSchema:schema100.properties.measure.anyOf[2],data:data10};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key8 in data10){
if(!((key8 === "judge") || (key8 === "generate"))){
const err53 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.measure.anyOf[2],data:data10};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data10.judge !== undefined){
let data16 = data10.judge;
const _errs57 = errors;
let valid17 = false;
const _errs58 = errors;
if(typeof data16 === "string"){
if(!pattern1.test(data16)){
const err54 = {instancePath:instancePath+"/measure/judge",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema26,data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/measure/judge",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid2 = _errs58 === errors;
valid17 = valid17 || _valid2;
if(!valid17){
const _errs61 = errors;
if(!(validate62(data16, {instancePath:instancePath+"/measure/judge",parentData:data10,parentDataProperty:"judge",rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var _valid2 = _errs61 === errors;
valid17 = valid17 || _valid2;
}
if(!valid17){
const err56 = {instancePath:instancePath+"/measure/judge",schemaPath:"#/properties/measure/anyOf/2/properties/judge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema100.properties.measure.anyOf[2].properties.judge.anyOf,parentSchema:schema100.properties.measure.anyOf[2].properties.judge,data:data16};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
if(data10.generate !== undefined){
let data17 = data10.generate;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key9 in data17){
if(!(((((((key9 === "samples") || (key9 === "max_tokens")) || (key9 === "temperature")) || (key9 === "top_k")) || (key9 === "top_p")) || (key9 === "stop")) || (key9 === "stop_token_ids"))){
const err57 = {instancePath:instancePath+"/measure/generate",schemaPath:"#/definitions/generate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data17.samples !== undefined){
let data18 = data17.samples;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err58 = {instancePath:instancePath+"/measure/generate/samples",schemaPath:"#/definitions/generate/properties/samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.samples.type,parentSchema:schema37.properties.samples,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 100 || isNaN(data18)){
const err59 = {instancePath:instancePath+"/measure/generate/samples",schemaPath:"#/definitions/generate/properties/samples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema37.properties.samples,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err60 = {instancePath:instancePath+"/measure/generate/samples",schemaPath:"#/definitions/generate/properties/samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.samples,data:data18};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
if(data17.max_tokens !== undefined){
let data19 = data17.max_tokens;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err61 = {instancePath:instancePath+"/measure/generate/max_tokens",schemaPath:"#/definitions/generate/properties/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.max_tokens.type,parentSchema:schema37.properties.max_tokens,data:data19};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 8192 || isNaN(data19)){
const err62 = {instancePath:instancePath+"/measure/generate/max_tokens",schemaPath:"#/definitions/generate/properties/max_tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema37.properties.max_tokens,data:data19};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err63 = {instancePath:instancePath+"/measure/generate/max_tokens",schemaPath:"#/definitions/generate/properties/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.max_tokens,data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data17.temperature !== undefined){
let data20 = data17.temperature;
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 10 || isNaN(data20)){
const err64 = {instancePath:instancePath+"/measure/generate/temperature",schemaPath:"#/definitions/generate/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema37.properties.temperature,data:data20};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err65 = {instancePath:instancePath+"/measure/generate/temperature",schemaPath:"#/definitions/generate/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.properties.temperature,data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/measure/generate/temperature",schemaPath:"#/definitions/generate/properties/temperature/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema37.properties.temperature.type,parentSchema:schema37.properties.temperature,data:data20};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data17.top_k !== undefined){
let data21 = data17.top_k;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err67 = {instancePath:instancePath+"/measure/generate/top_k",schemaPath:"#/definitions/generate/properties/top_k/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.top_k.type,parentSchema:schema37.properties.top_k,data:data21};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err68 = {instancePath:instancePath+"/measure/generate/top_k",schemaPath:"#/definitions/generate/properties/top_k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.properties.top_k,data:data21};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data17.top_p !== undefined){
let data22 = data17.top_p;
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 1 || isNaN(data22)){
const err69 = {instancePath:instancePath+"/measure/generate/top_p",schemaPath:"#/definitions/generate/properties/top_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema37.properties.top_p,data:data22};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data22 <= 0 || isNaN(data22)){
const err70 = {instancePath:instancePath+"/measure/generate/top_p",schemaPath:"#/definitions/generate/properties/top_p/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema37.properties.top_p,data:data22};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/measure/generate/top_p",schemaPath:"#/definitions/generate/properties/top_p/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema37.properties.top_p.type,parentSchema:schema37.properties.top_p,data:data22};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data17.stop !== undefined){
let data23 = data17.stop;
if(Array.isArray(data23)){
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
if(typeof data24 === "string"){
if(func5(data24) < 1){
const err72 = {instancePath:instancePath+"/measure/generate/stop/" + i2,schemaPath:"#/definitions/generate/properties/stop/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.stop.items,data:data24};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/measure/generate/stop/" + i2,schemaPath:"#/definitions/generate/properties/stop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.stop.items.type,parentSchema:schema37.properties.stop.items,data:data24};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
let i3 = data23.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data23[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err74 = {instancePath:instancePath+"/measure/generate/stop",schemaPath:"#/definitions/generate/properties/stop/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema37.properties.stop,data:data23};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err75 = {instancePath:instancePath+"/measure/generate/stop",schemaPath:"#/definitions/generate/properties/stop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.stop.type,parentSchema:schema37.properties.stop,data:data23};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data17.stop_token_ids !== undefined){
let data25 = data17.stop_token_ids;
if(Array.isArray(data25)){
const len3 = data25.length;
for(let i4=0; i4<len3; i4++){
let data26 = data25[i4];
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err76 = {instancePath:instancePath+"/measure/generate/stop_token_ids/" + i4,schemaPath:"#/definitions/generate/properties/stop_token_ids/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.stop_token_ids.items.type,parentSchema:schema37.properties.stop_token_ids.items,data:data26};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err77 = {instancePath:instancePath+"/measure/generate/stop_token_ids/" + i4,schemaPath:"#/definitions/generate/properties/stop_token_ids/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.properties.stop_token_ids.items,data:data26};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
let i5 = data25.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data25[i5];
if(!(((typeof item1 == "number") && (!(item1 % 1) && !isNaN(item1))) && (isFinite(item1)))){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err78 = {instancePath:instancePath+"/measure/generate/stop_token_ids",schemaPath:"#/definitions/generate/properties/stop_token_ids/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema37.properties.stop_token_ids,data:data25};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err79 = {instancePath:instancePath+"/measure/generate/stop_token_ids",schemaPath:"#/definitions/generate/properties/stop_token_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.stop_token_ids.type,parentSchema:schema37.properties.stop_token_ids,data:data25};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/measure/generate",schemaPath:"#/definitions/generate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data:data17};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.measure.anyOf[2].type,parentSchema:schema100.properties.measure.anyOf[2],data:data10};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid1 = _errs53 === errors;
valid10 = valid10 || _valid1;
}
}
if(!valid10){
const err82 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema100.properties.measure.anyOf,parentSchema:schema100.properties.measure,data:data10};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.property !== undefined){
let data27 = data.property;
const _errs85 = errors;
let valid27 = false;
const _errs86 = errors;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.invariant === undefined){
const err83 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/anyOf/0/required",keyword:"required",params:{missingProperty: "invariant"},message:"must have required property '"+"invariant"+"'",schema:schema100.properties.property.anyOf[0].required,parentSchema:schema100.properties.property.anyOf[0],data:data27};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
for(const key10 in data27){
if(!(key10 === "invariant")){
const err84 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.property.anyOf[0],data:data27};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data27.invariant !== undefined){
let data28 = data27.invariant;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.tolerance === undefined){
const err85 = {instancePath:instancePath+"/property/invariant",schemaPath:"#/properties/property/anyOf/0/properties/invariant/required",keyword:"required",params:{missingProperty: "tolerance"},message:"must have required property '"+"tolerance"+"'",schema:schema100.properties.property.anyOf[0].properties.invariant.required,parentSchema:schema100.properties.property.anyOf[0].properties.invariant,data:data28};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key11 in data28){
if(!(key11 === "tolerance")){
const err86 = {instancePath:instancePath+"/property/invariant",schemaPath:"#/properties/property/anyOf/0/properties/invariant/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.property.anyOf[0].properties.invariant,data:data28};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data28.tolerance !== undefined){
let data29 = data28.tolerance;
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err87 = {instancePath:instancePath+"/property/invariant/tolerance",schemaPath:"#/definitions/nonNegative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data29};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/property/invariant/tolerance",schemaPath:"#/definitions/nonNegative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data29};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/property/invariant",schemaPath:"#/properties/property/anyOf/0/properties/invariant/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.property.anyOf[0].properties.invariant.type,parentSchema:schema100.properties.property.anyOf[0].properties.invariant,data:data28};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.property.anyOf[0].type,parentSchema:schema100.properties.property.anyOf[0],data:data27};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var _valid3 = _errs86 === errors;
valid27 = valid27 || _valid3;
if(!valid27){
const _errs95 = errors;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.directional === undefined){
const err91 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/anyOf/1/required",keyword:"required",params:{missingProperty: "directional"},message:"must have required property '"+"directional"+"'",schema:schema100.properties.property.anyOf[1].required,parentSchema:schema100.properties.property.anyOf[1],data:data27};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
for(const key12 in data27){
if(!(key12 === "directional")){
const err92 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.property.anyOf[1],data:data27};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data27.directional !== undefined){
let data30 = data27.directional;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.higher === undefined){
const err93 = {instancePath:instancePath+"/property/directional",schemaPath:"#/properties/property/anyOf/1/properties/directional/required",keyword:"required",params:{missingProperty: "higher"},message:"must have required property '"+"higher"+"'",schema:schema100.properties.property.anyOf[1].properties.directional.required,parentSchema:schema100.properties.property.anyOf[1].properties.directional,data:data30};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data30.lower === undefined){
const err94 = {instancePath:instancePath+"/property/directional",schemaPath:"#/properties/property/anyOf/1/properties/directional/required",keyword:"required",params:{missingProperty: "lower"},message:"must have required property '"+"lower"+"'",schema:schema100.properties.property.anyOf[1].properties.directional.required,parentSchema:schema100.properties.property.anyOf[1].properties.directional,data:data30};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
for(const key13 in data30){
if(!(((key13 === "higher") || (key13 === "lower")) || (key13 === "margin"))){
const err95 = {instancePath:instancePath+"/property/directional",schemaPath:"#/properties/property/anyOf/1/properties/directional/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.property.anyOf[1].properties.directional,data:data30};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data30.higher !== undefined){
let data31 = data30.higher;
if(typeof data31 === "string"){
if(func5(data31) < 1){
const err96 = {instancePath:instancePath+"/property/directional/higher",schemaPath:"#/properties/property/anyOf/1/properties/directional/properties/higher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.property.anyOf[1].properties.directional.properties.higher,data:data31};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/property/directional/higher",schemaPath:"#/properties/property/anyOf/1/properties/directional/properties/higher/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.property.anyOf[1].properties.directional.properties.higher.type,parentSchema:schema100.properties.property.anyOf[1].properties.directional.properties.higher,data:data31};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data30.lower !== undefined){
let data32 = data30.lower;
if(typeof data32 === "string"){
if(func5(data32) < 1){
const err98 = {instancePath:instancePath+"/property/directional/lower",schemaPath:"#/properties/property/anyOf/1/properties/directional/properties/lower/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.property.anyOf[1].properties.directional.properties.lower,data:data32};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/property/directional/lower",schemaPath:"#/properties/property/anyOf/1/properties/directional/properties/lower/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.property.anyOf[1].properties.directional.properties.lower.type,parentSchema:schema100.properties.property.anyOf[1].properties.directional.properties.lower,data:data32};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data30.margin !== undefined){
let data33 = data30.margin;
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err100 = {instancePath:instancePath+"/property/directional/margin",schemaPath:"#/definitions/nonNegative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data33};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/property/directional/margin",schemaPath:"#/definitions/nonNegative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data33};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/property/directional",schemaPath:"#/properties/property/anyOf/1/properties/directional/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.property.anyOf[1].properties.directional.type,parentSchema:schema100.properties.property.anyOf[1].properties.directional,data:data30};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.property.anyOf[1].type,parentSchema:schema100.properties.property.anyOf[1],data:data27};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid3 = _errs95 === errors;
valid27 = valid27 || _valid3;
if(!valid27){
const _errs108 = errors;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.max_gap === undefined){
const err104 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/anyOf/2/required",keyword:"required",params:{missingProperty: "max_gap"},message:"must have required property '"+"max_gap"+"'",schema:schema100.properties.property.anyOf[2].required,parentSchema:schema100.properties.property.anyOf[2],data:data27};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key14 in data27){
if(!(key14 === "max_gap")){
const err105 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.property.anyOf[2],data:data27};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data27.max_gap !== undefined){
let data34 = data27.max_gap;
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 0 || isNaN(data34)){
const err106 = {instancePath:instancePath+"/property/max_gap",schemaPath:"#/definitions/nonNegative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data34};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/property/max_gap",schemaPath:"#/definitions/nonNegative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data34};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.property.anyOf[2].type,parentSchema:schema100.properties.property.anyOf[2],data:data27};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var _valid3 = _errs108 === errors;
valid27 = valid27 || _valid3;
}
}
if(!valid27){
const err109 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema100.properties.property.anyOf,parentSchema:schema100.properties.property,data:data27};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
else {
errors = _errs85;
if(vErrors !== null){
if(_errs85){
vErrors.length = _errs85;
}
else {
vErrors = null;
}
}
}
}
if(data.runs !== undefined){
let data35 = data.runs;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err110 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema100.properties.runs.type,parentSchema:schema100.properties.runs,data:data35};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 100000 || isNaN(data35)){
const err111 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema100.properties.runs,data:data35};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data35 < 1 || isNaN(data35)){
const err112 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema100.properties.runs,data:data35};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
if(data.seed !== undefined){
let data36 = data.seed;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err113 = {instancePath:instancePath+"/seed",schemaPath:"#/definitions/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data36};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 4294967295 || isNaN(data36)){
const err114 = {instancePath:instancePath+"/seed",schemaPath:"#/definitions/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema27,data:data36};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data36 < 0 || isNaN(data36)){
const err115 = {instancePath:instancePath+"/seed",schemaPath:"#/definitions/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27,data:data36};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
if(data.models !== undefined){
let data37 = data.models;
if(Array.isArray(data37)){
if(data37.length < 1){
const err116 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema100.properties.models,data:data37};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
const len4 = data37.length;
for(let i6=0; i6<len4; i6++){
let data38 = data37[i6];
if(typeof data38 === "string"){
if(!pattern1.test(data38)){
const err117 = {instancePath:instancePath+"/models/" + i6,schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema26,data:data38};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/models/" + i6,schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data38};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
let i7 = data37.length;
let j2;
if(i7 > 1){
outer0:
for(;i7--;){
for(j2 = i7; j2--;){
if(func0(data37[i7], data37[j2])){
const err119 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)",schema:true,parentSchema:schema100.properties.models,data:data37};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err120 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.models.type,parentSchema:schema100.properties.models,data:data37};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}

const pattern0 = new RegExp("^[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*$", "u");
const pattern12 = new RegExp("^[imsu]*$", "u");
const formats0 = require("./schema-formats").regex;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://trustspec.dev/schema/spec.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.generate === undefined) && (missing0 = "generate")) || ((data.score === undefined) && (missing0 = "score"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err1 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema11.not,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
const _errs4 = errors;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.prompt === undefined) && (missing1 = "prompt")) || ((data.messages === undefined) && (missing1 = "messages"))){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const err3 = {instancePath,schemaPath:"#/allOf/0/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema11.allOf[0].not,parentSchema:schema11.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.vertical === undefined) && (missing2 = "vertical")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.vertical !== undefined){
if("toxicity" !== data.vertical){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
var _valid0 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics !== undefined){
if(!(validate11(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs10 === errors;
valid3 = _valid0;
}
if(!valid3){
const err6 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[1].if,parentSchema:schema11.allOf[1],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs13 = errors;
let valid6 = true;
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.vertical === undefined) && (missing3 = "vertical")){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data.vertical !== undefined){
if("bias" !== data.vertical){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
var _valid1 = _errs14 === errors;
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics !== undefined){
if(!(validate23(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
var _valid1 = _errs16 === errors;
valid6 = _valid1;
}
if(!valid6){
const err9 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[2].if,parentSchema:schema11.allOf[2],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs19 = errors;
let valid9 = true;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.vertical === undefined) && (missing4 = "vertical")){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(data.vertical !== undefined){
if("ethics" !== data.vertical){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
var _valid2 = _errs20 === errors;
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics !== undefined){
if(!(validate32(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
var _valid2 = _errs22 === errors;
valid9 = _valid2;
}
if(!valid9){
const err12 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[3].if,parentSchema:schema11.allOf[3],data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs25 = errors;
let valid12 = true;
const _errs26 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.vertical === undefined) && (missing5 = "vertical")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data.vertical !== undefined){
if("truthfulness" !== data.vertical){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
var _valid3 = _errs26 === errors;
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics !== undefined){
if(!(validate39(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
var _valid3 = _errs28 === errors;
valid12 = _valid3;
}
if(!valid12){
const err15 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[4].if,parentSchema:schema11.allOf[4],data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs31 = errors;
let valid15 = true;
const _errs32 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.vertical === undefined) && (missing6 = "vertical")){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
if(data.vertical !== undefined){
if("privacy" !== data.vertical){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
var _valid4 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs34 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics !== undefined){
if(!(validate47(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
var _valid4 = _errs34 === errors;
valid15 = _valid4;
}
if(!valid15){
const err18 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[5].if,parentSchema:schema11.allOf[5],data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const _errs37 = errors;
let valid18 = true;
const _errs38 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.vertical === undefined) && (missing7 = "vertical")){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
if(data.vertical !== undefined){
if("custom" !== data.vertical){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
var _valid5 = _errs38 === errors;
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs40 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics !== undefined){
if(!(validate52(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
var _valid5 = _errs40 === errors;
valid18 = _valid5;
}
if(!valid18){
const err21 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[6].if,parentSchema:schema11.allOf[6],data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.id === undefined){
const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.vertical === undefined){
const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vertical"},message:"must have required property '"+"vertical"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err25 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.prompt !== undefined){
if(data.dataset === undefined){
const err26 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "prompt",
    missingProperty: "dataset",
    depsCount: 1,
    deps: "dataset"},message:"must have property dataset when property prompt is present",schema:schema11.dependencies,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.messages !== undefined){
if(data.dataset === undefined){
const err27 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "messages",
    missingProperty: "dataset",
    depsCount: 1,
    deps: "dataset"},message:"must have property dataset when property messages is present",schema:schema11.dependencies,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.postprocess !== undefined){
if(data.generate === undefined){
const err28 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "postprocess",
    missingProperty: "generate",
    depsCount: 1,
    deps: "generate"},message:"must have property generate when property postprocess is present",schema:schema11.dependencies,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.judge !== undefined){
if(data.generate === undefined){
const err29 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "judge",
    missingProperty: "generate",
    depsCount: 1,
    deps: "generate"},message:"must have property generate when property judge is present",schema:schema11.dependencies,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.metrics !== undefined){
if(data.dataset === undefined){
const err30 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "metrics",
    missingProperty: "dataset",
    depsCount: 1,
    deps: "dataset"},message:"must have property dataset when property metrics is present",schema:schema11.dependencies,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.version !== undefined){
let data12 = data.version;
if(1 !== data12){
const err31 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.id !== undefined){
let data13 = data.id;
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err32 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*$"+"\"",schema:"^[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*$",parentSchema:schema11.properties.id,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.id.type,parentSchema:schema11.properties.id,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.vertical !== undefined){
let data14 = data.vertical;
if(!((((((data14 === "toxicity") || (data14 === "bias")) || (data14 === "ethics")) || (data14 === "truthfulness")) || (data14 === "privacy")) || (data14 === "custom"))){
const err34 = {instancePath:instancePath+"/vertical",schemaPath:"#/properties/vertical/enum",keyword:"enum",params:{allowedValues: schema11.properties.vertical.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.vertical.enum,parentSchema:schema11.properties.vertical,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.description !== undefined){
let data15 = data.description;
if(typeof data15 !== "string"){
const err35 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.description.type,parentSchema:schema11.properties.description,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.models !== undefined){
let data16 = data.models;
if(Array.isArray(data16)){
if(data16.length < 1){
const err36 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.models,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
if(typeof data17 === "string"){
if(!pattern1.test(data17)){
const err37 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema26,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
let i1 = data16.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data16[i1], data16[j0])){
const err39 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.models,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.models.type,parentSchema:schema11.properties.models,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.seed !== undefined){
let data18 = data.seed;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err41 = {instancePath:instancePath+"/seed",schemaPath:"#/definitions/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data18};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 4294967295 || isNaN(data18)){
const err42 = {instancePath:instancePath+"/seed",schemaPath:"#/definitions/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema27,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err43 = {instancePath:instancePath+"/seed",schemaPath:"#/definitions/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data.dataset !== undefined){
if(!(validate56(data.dataset, {instancePath:instancePath+"/dataset",parentData:data,parentDataProperty:"dataset",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.conditions !== undefined){
let data20 = data.conditions;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key1 in data20){
const _errs60 = errors;
if(typeof key1 === "string"){
if(!pattern3.test(key1)){
const err44 = {instancePath:instancePath+"/conditions",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema29,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/conditions",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid28 = _errs60 === errors;
if(!valid28){
const err46 = {instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.conditions.propertyNames,parentSchema:schema11.properties.conditions,data:data20};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
for(const key2 in data20){
let data21 = data20[key2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(Object.keys(data21).length < 1){
const err47 = {instancePath:instancePath+"/conditions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/conditions/additionalProperties/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.conditions.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key3 in data21){
const _errs66 = errors;
if(typeof key3 === "string"){
if(!pattern1.test(key3)){
const err48 = {instancePath:instancePath+"/conditions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema35,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/conditions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var valid31 = _errs66 === errors;
if(!valid31){
const err50 = {instancePath:instancePath+"/conditions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/conditions/additionalProperties/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema11.properties.conditions.additionalProperties.propertyNames,parentSchema:schema11.properties.conditions.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
for(const key4 in data21){
let data22 = data21[key4];
if(typeof data22 !== "string"){
const err51 = {instancePath:instancePath+"/conditions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/conditions/additionalProperties/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.conditions.additionalProperties.additionalProperties.type,parentSchema:schema11.properties.conditions.additionalProperties.additionalProperties,data:data22};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/conditions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/conditions/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.conditions.additionalProperties.type,parentSchema:schema11.properties.conditions.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.conditions.type,parentSchema:schema11.properties.conditions,data:data20};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.prompt !== undefined){
let data23 = data.prompt;
if(typeof data23 !== "string"){
const err54 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.prompt.type,parentSchema:schema11.properties.prompt,data:data23};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.messages !== undefined){
let data24 = data.messages;
if(Array.isArray(data24)){
if(data24.length < 1){
const err55 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.messages,data:data24};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
const len1 = data24.length;
for(let i2=0; i2<len1; i2++){
let data25 = data24[i2];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.role === undefined){
const err56 = {instancePath:instancePath+"/messages/" + i2,schemaPath:"#/properties/messages/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema11.properties.messages.items.required,parentSchema:schema11.properties.messages.items,data:data25};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data25.content === undefined){
const err57 = {instancePath:instancePath+"/messages/" + i2,schemaPath:"#/properties/messages/items/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema11.properties.messages.items.required,parentSchema:schema11.properties.messages.items,data:data25};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key5 in data25){
if(!((key5 === "role") || (key5 === "content"))){
const err58 = {instancePath:instancePath+"/messages/" + i2,schemaPath:"#/properties/messages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.messages.items,data:data25};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data25.role !== undefined){
let data26 = data25.role;
if(!(((data26 === "system") || (data26 === "user")) || (data26 === "assistant"))){
const err59 = {instancePath:instancePath+"/messages/" + i2+"/role",schemaPath:"#/properties/messages/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema11.properties.messages.items.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.messages.items.properties.role.enum,parentSchema:schema11.properties.messages.items.properties.role,data:data26};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data25.content !== undefined){
let data27 = data25.content;
if(typeof data27 !== "string"){
const err60 = {instancePath:instancePath+"/messages/" + i2+"/content",schemaPath:"#/properties/messages/items/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.messages.items.properties.content.type,parentSchema:schema11.properties.messages.items.properties.content,data:data27};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/messages/" + i2,schemaPath:"#/properties/messages/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.messages.items.type,parentSchema:schema11.properties.messages.items,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.messages.type,parentSchema:schema11.properties.messages,data:data24};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.partials !== undefined){
let data28 = data.partials;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key6 in data28){
const _errs84 = errors;
if(typeof key6 === "string"){
if(!pattern3.test(key6)){
const err63 = {instancePath:instancePath+"/partials",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema29,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/partials",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var valid37 = _errs84 === errors;
if(!valid37){
const err65 = {instancePath:instancePath+"/partials",schemaPath:"#/properties/partials/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema11.properties.partials.propertyNames,parentSchema:schema11.properties.partials,data:data28};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
for(const key7 in data28){
let data29 = data28[key7];
if(typeof data29 === "string"){
if(func5(data29) < 1){
const err66 = {instancePath:instancePath+"/partials/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/partials/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.partials.additionalProperties,data:data29};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/partials/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/partials/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.partials.additionalProperties.type,parentSchema:schema11.properties.partials.additionalProperties,data:data29};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/partials",schemaPath:"#/properties/partials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.partials.type,parentSchema:schema11.properties.partials,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.generate !== undefined){
let data30 = data.generate;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key8 in data30){
if(!(((((((key8 === "samples") || (key8 === "max_tokens")) || (key8 === "temperature")) || (key8 === "top_k")) || (key8 === "top_p")) || (key8 === "stop")) || (key8 === "stop_token_ids"))){
const err69 = {instancePath:instancePath+"/generate",schemaPath:"#/definitions/generate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data:data30};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data30.samples !== undefined){
let data31 = data30.samples;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err70 = {instancePath:instancePath+"/generate/samples",schemaPath:"#/definitions/generate/properties/samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.samples.type,parentSchema:schema37.properties.samples,data:data31};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 100 || isNaN(data31)){
const err71 = {instancePath:instancePath+"/generate/samples",schemaPath:"#/definitions/generate/properties/samples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema37.properties.samples,data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err72 = {instancePath:instancePath+"/generate/samples",schemaPath:"#/definitions/generate/properties/samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.samples,data:data31};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
if(data30.max_tokens !== undefined){
let data32 = data30.max_tokens;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err73 = {instancePath:instancePath+"/generate/max_tokens",schemaPath:"#/definitions/generate/properties/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.max_tokens.type,parentSchema:schema37.properties.max_tokens,data:data32};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 8192 || isNaN(data32)){
const err74 = {instancePath:instancePath+"/generate/max_tokens",schemaPath:"#/definitions/generate/properties/max_tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema37.properties.max_tokens,data:data32};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data32 < 1 || isNaN(data32)){
const err75 = {instancePath:instancePath+"/generate/max_tokens",schemaPath:"#/definitions/generate/properties/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.max_tokens,data:data32};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data30.temperature !== undefined){
let data33 = data30.temperature;
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 10 || isNaN(data33)){
const err76 = {instancePath:instancePath+"/generate/temperature",schemaPath:"#/definitions/generate/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema37.properties.temperature,data:data33};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data33 < 0 || isNaN(data33)){
const err77 = {instancePath:instancePath+"/generate/temperature",schemaPath:"#/definitions/generate/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.properties.temperature,data:data33};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/generate/temperature",schemaPath:"#/definitions/generate/properties/temperature/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema37.properties.temperature.type,parentSchema:schema37.properties.temperature,data:data33};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data30.top_k !== undefined){
let data34 = data30.top_k;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err79 = {instancePath:instancePath+"/generate/top_k",schemaPath:"#/definitions/generate/properties/top_k/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.top_k.type,parentSchema:schema37.properties.top_k,data:data34};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 0 || isNaN(data34)){
const err80 = {instancePath:instancePath+"/generate/top_k",schemaPath:"#/definitions/generate/properties/top_k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.properties.top_k,data:data34};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
if(data30.top_p !== undefined){
let data35 = data30.top_p;
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 1 || isNaN(data35)){
const err81 = {instancePath:instancePath+"/generate/top_p",schemaPath:"#/definitions/generate/properties/top_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema37.properties.top_p,data:data35};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data35 <= 0 || isNaN(data35)){
const err82 = {instancePath:instancePath+"/generate/top_p",schemaPath:"#/definitions/generate/properties/top_p/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema37.properties.top_p,data:data35};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/generate/top_p",schemaPath:"#/definitions/generate/properties/top_p/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema37.properties.top_p.type,parentSchema:schema37.properties.top_p,data:data35};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data30.stop !== undefined){
let data36 = data30.stop;
if(Array.isArray(data36)){
const len2 = data36.length;
for(let i3=0; i3<len2; i3++){
let data37 = data36[i3];
if(typeof data37 === "string"){
if(func5(data37) < 1){
const err84 = {instancePath:instancePath+"/generate/stop/" + i3,schemaPath:"#/definitions/generate/properties/stop/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.stop.items,data:data37};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/generate/stop/" + i3,schemaPath:"#/definitions/generate/properties/stop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.stop.items.type,parentSchema:schema37.properties.stop.items,data:data37};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
let i4 = data36.length;
let j1;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data36[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err86 = {instancePath:instancePath+"/generate/stop",schemaPath:"#/definitions/generate/properties/stop/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema37.properties.stop,data:data36};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err87 = {instancePath:instancePath+"/generate/stop",schemaPath:"#/definitions/generate/properties/stop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.stop.type,parentSchema:schema37.properties.stop,data:data36};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data30.stop_token_ids !== undefined){
let data38 = data30.stop_token_ids;
if(Array.isArray(data38)){
const len3 = data38.length;
for(let i5=0; i5<len3; i5++){
let data39 = data38[i5];
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err88 = {instancePath:instancePath+"/generate/stop_token_ids/" + i5,schemaPath:"#/definitions/generate/properties/stop_token_ids/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.stop_token_ids.items.type,parentSchema:schema37.properties.stop_token_ids.items,data:data39};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
const err89 = {instancePath:instancePath+"/generate/stop_token_ids/" + i5,schemaPath:"#/definitions/generate/properties/stop_token_ids/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.properties.stop_token_ids.items,data:data39};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
let i6 = data38.length;
let j2;
if(i6 > 1){
const indices1 = {};
for(;i6--;){
let item1 = data38[i6];
if(!(((typeof item1 == "number") && (!(item1 % 1) && !isNaN(item1))) && (isFinite(item1)))){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err90 = {instancePath:instancePath+"/generate/stop_token_ids",schemaPath:"#/definitions/generate/properties/stop_token_ids/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema37.properties.stop_token_ids,data:data38};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
break;
}
indices1[item1] = i6;
}
}
}
else {
const err91 = {instancePath:instancePath+"/generate/stop_token_ids",schemaPath:"#/definitions/generate/properties/stop_token_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.stop_token_ids.type,parentSchema:schema37.properties.stop_token_ids,data:data38};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/generate",schemaPath:"#/definitions/generate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data:data30};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.score !== undefined){
if(!(validate60(data.score, {instancePath:instancePath+"/score",parentData:data,parentDataProperty:"score",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.postprocess !== undefined){
let data41 = data.postprocess;
if(Array.isArray(data41)){
const len4 = data41.length;
for(let i7=0; i7<len4; i7++){
let data42 = data41[i7];
const _errs117 = errors;
let valid51 = false;
const _errs118 = errors;
if(!(((((data42 === "trim") || (data42 === "lowercase")) || (data42 === "first_line")) || (data42 === "first_sentence")) || (data42 === "drop_empty"))){
const err93 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema43.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema43.anyOf[0].enum,parentSchema:schema43.anyOf[0],data:data42};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid6 = _errs118 === errors;
valid51 = valid51 || _valid6;
if(!valid51){
const _errs119 = errors;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.cut_at === undefined){
const err94 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf/1/required",keyword:"required",params:{missingProperty: "cut_at"},message:"must have required property '"+"cut_at"+"'",schema:schema43.anyOf[1].required,parentSchema:schema43.anyOf[1],data:data42};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
for(const key9 in data42){
if(!(key9 === "cut_at")){
const err95 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema43.anyOf[1],data:data42};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data42.cut_at !== undefined){
let data43 = data42.cut_at;
if(typeof data43 === "string"){
if(func5(data43) < 1){
const err96 = {instancePath:instancePath+"/postprocess/" + i7+"/cut_at",schemaPath:"#/definitions/postprocessStep/anyOf/1/properties/cut_at/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.anyOf[1].properties.cut_at,data:data43};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/postprocess/" + i7+"/cut_at",schemaPath:"#/definitions/postprocessStep/anyOf/1/properties/cut_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.anyOf[1].properties.cut_at.type,parentSchema:schema43.anyOf[1].properties.cut_at,data:data43};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.anyOf[1].type,parentSchema:schema43.anyOf[1],data:data42};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var _valid6 = _errs119 === errors;
valid51 = valid51 || _valid6;
if(!valid51){
const _errs124 = errors;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.replace === undefined){
const err99 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf/2/required",keyword:"required",params:{missingProperty: "replace"},message:"must have required property '"+"replace"+"'",schema:schema43.anyOf[2].required,parentSchema:schema43.anyOf[2],data:data42};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key10 in data42){
if(!(key10 === "replace")){
const err100 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema43.anyOf[2],data:data42};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data42.replace !== undefined){
let data44 = data42.replace;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.from === undefined){
const err101 = {instancePath:instancePath+"/postprocess/" + i7+"/replace",schemaPath:"#/definitions/postprocessStep/anyOf/2/properties/replace/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema43.anyOf[2].properties.replace.required,parentSchema:schema43.anyOf[2].properties.replace,data:data44};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data44.to === undefined){
const err102 = {instancePath:instancePath+"/postprocess/" + i7+"/replace",schemaPath:"#/definitions/postprocessStep/anyOf/2/properties/replace/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema43.anyOf[2].properties.replace.required,parentSchema:schema43.anyOf[2].properties.replace,data:data44};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key11 in data44){
if(!((key11 === "from") || (key11 === "to"))){
const err103 = {instancePath:instancePath+"/postprocess/" + i7+"/replace",schemaPath:"#/definitions/postprocessStep/anyOf/2/properties/replace/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema43.anyOf[2].properties.replace,data:data44};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data44.from !== undefined){
let data45 = data44.from;
if(typeof data45 === "string"){
if(func5(data45) < 1){
const err104 = {instancePath:instancePath+"/postprocess/" + i7+"/replace/from",schemaPath:"#/definitions/postprocessStep/anyOf/2/properties/replace/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.anyOf[2].properties.replace.properties.from,data:data45};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/postprocess/" + i7+"/replace/from",schemaPath:"#/definitions/postprocessStep/anyOf/2/properties/replace/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.anyOf[2].properties.replace.properties.from.type,parentSchema:schema43.anyOf[2].properties.replace.properties.from,data:data45};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data44.to !== undefined){
let data46 = data44.to;
if(typeof data46 !== "string"){
const err106 = {instancePath:instancePath+"/postprocess/" + i7+"/replace/to",schemaPath:"#/definitions/postprocessStep/anyOf/2/properties/replace/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.anyOf[2].properties.replace.properties.to.type,parentSchema:schema43.anyOf[2].properties.replace.properties.to,data:data46};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/postprocess/" + i7+"/replace",schemaPath:"#/definitions/postprocessStep/anyOf/2/properties/replace/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.anyOf[2].properties.replace.type,parentSchema:schema43.anyOf[2].properties.replace,data:data44};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.anyOf[2].type,parentSchema:schema43.anyOf[2],data:data42};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var _valid6 = _errs124 === errors;
valid51 = valid51 || _valid6;
if(!valid51){
const _errs134 = errors;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.regex === undefined){
const err109 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf/3/required",keyword:"required",params:{missingProperty: "regex"},message:"must have required property '"+"regex"+"'",schema:schema43.anyOf[3].required,parentSchema:schema43.anyOf[3],data:data42};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
for(const key12 in data42){
if(!(key12 === "regex")){
const err110 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema43.anyOf[3],data:data42};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data42.regex !== undefined){
let data47 = data42.regex;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.pattern === undefined){
const err111 = {instancePath:instancePath+"/postprocess/" + i7+"/regex",schemaPath:"#/definitions/postprocessStep/anyOf/3/properties/regex/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema43.anyOf[3].properties.regex.required,parentSchema:schema43.anyOf[3].properties.regex,data:data47};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key13 in data47){
if(!(((key13 === "pattern") || (key13 === "group")) || (key13 === "flags"))){
const err112 = {instancePath:instancePath+"/postprocess/" + i7+"/regex",schemaPath:"#/definitions/postprocessStep/anyOf/3/properties/regex/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema43.anyOf[3].properties.regex,data:data47};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data47.pattern !== undefined){
let data48 = data47.pattern;
if(typeof data48 === "string"){
if(func5(data48) < 1){
const err113 = {instancePath:instancePath+"/postprocess/" + i7+"/regex/pattern",schemaPath:"#/definitions/postprocessStep/anyOf/3/properties/regex/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.anyOf[3].properties.regex.properties.pattern,data:data48};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(!(formats0(data48))){
const err114 = {instancePath:instancePath+"/postprocess/" + i7+"/regex/pattern",schemaPath:"#/definitions/postprocessStep/anyOf/3/properties/regex/properties/pattern/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\"",schema:"regex",parentSchema:schema43.anyOf[3].properties.regex.properties.pattern,data:data48};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/postprocess/" + i7+"/regex/pattern",schemaPath:"#/definitions/postprocessStep/anyOf/3/properties/regex/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.anyOf[3].properties.regex.properties.pattern.type,parentSchema:schema43.anyOf[3].properties.regex.properties.pattern,data:data48};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data47.group !== undefined){
let data49 = data47.group;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err116 = {instancePath:instancePath+"/postprocess/" + i7+"/regex/group",schemaPath:"#/definitions/postprocessStep/anyOf/3/properties/regex/properties/group/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.anyOf[3].properties.regex.properties.group.type,parentSchema:schema43.anyOf[3].properties.regex.properties.group,data:data49};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err117 = {instancePath:instancePath+"/postprocess/" + i7+"/regex/group",schemaPath:"#/definitions/postprocessStep/anyOf/3/properties/regex/properties/group/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.anyOf[3].properties.regex.properties.group,data:data49};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
if(data47.flags !== undefined){
let data50 = data47.flags;
if(typeof data50 === "string"){
if(!pattern12.test(data50)){
const err118 = {instancePath:instancePath+"/postprocess/" + i7+"/regex/flags",schemaPath:"#/definitions/postprocessStep/anyOf/3/properties/regex/properties/flags/pattern",keyword:"pattern",params:{pattern: "^[imsu]*$"},message:"must match pattern \""+"^[imsu]*$"+"\"",schema:"^[imsu]*$",parentSchema:schema43.anyOf[3].properties.regex.properties.flags,data:data50};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/postprocess/" + i7+"/regex/flags",schemaPath:"#/definitions/postprocessStep/anyOf/3/properties/regex/properties/flags/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.anyOf[3].properties.regex.properties.flags.type,parentSchema:schema43.anyOf[3].properties.regex.properties.flags,data:data50};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/postprocess/" + i7+"/regex",schemaPath:"#/definitions/postprocessStep/anyOf/3/properties/regex/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.anyOf[3].properties.regex.type,parentSchema:schema43.anyOf[3].properties.regex,data:data47};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.anyOf[3].type,parentSchema:schema43.anyOf[3],data:data42};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
var _valid6 = _errs134 === errors;
valid51 = valid51 || _valid6;
}
}
}
if(!valid51){
const err122 = {instancePath:instancePath+"/postprocess/" + i7,schemaPath:"#/definitions/postprocessStep/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema43.anyOf,parentSchema:schema43,data:data42};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
else {
errors = _errs117;
if(vErrors !== null){
if(_errs117){
vErrors.length = _errs117;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err123 = {instancePath:instancePath+"/postprocess",schemaPath:"#/properties/postprocess/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.postprocess.type,parentSchema:schema11.properties.postprocess,data:data41};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data.judge !== undefined){
let data51 = data.judge;
const _errs147 = errors;
let valid57 = false;
const _errs148 = errors;
if(typeof data51 === "string"){
if(!pattern1.test(data51)){
const err124 = {instancePath:instancePath+"/judge",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema26,data:data51};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/judge",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data51};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid7 = _errs148 === errors;
valid57 = valid57 || _valid7;
if(!valid57){
const _errs151 = errors;
if(!(validate62(data51, {instancePath:instancePath+"/judge",parentData:data,parentDataProperty:"judge",rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var _valid7 = _errs151 === errors;
valid57 = valid57 || _valid7;
}
if(!valid57){
const err126 = {instancePath:instancePath+"/judge",schemaPath:"#/properties/judge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.judge.anyOf,parentSchema:schema11.properties.judge,data:data51};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
else {
errors = _errs147;
if(vErrors !== null){
if(_errs147){
vErrors.length = _errs147;
}
else {
vErrors = null;
}
}
}
}
if(data.expected !== undefined){
let data52 = data.expected;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.field === undefined){
const err127 = {instancePath:instancePath+"/expected",schemaPath:"#/properties/expected/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema11.properties.expected.required,parentSchema:schema11.properties.expected,data:data52};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key14 in data52){
if(!((key14 === "field") || (key14 === "map"))){
const err128 = {instancePath:instancePath+"/expected",schemaPath:"#/properties/expected/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expected,data:data52};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data52.field !== undefined){
let data53 = data52.field;
if(typeof data53 === "string"){
if(!pattern4.test(data53)){
const err129 = {instancePath:instancePath+"/expected/field",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data53};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/expected/field",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data53};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data52.map !== undefined){
let data54 = data52.map;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key15 in data54){
let data55 = data54[key15];
if(typeof data55 === "string"){
if(!pattern1.test(data55)){
const err131 = {instancePath:instancePath+"/expected/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema35,data:data55};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/expected/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data55};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/expected/map",schemaPath:"#/properties/expected/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expected.properties.map.type,parentSchema:schema11.properties.expected.properties.map,data:data54};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/expected",schemaPath:"#/properties/expected/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expected.type,parentSchema:schema11.properties.expected,data:data52};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data.group_by !== undefined){
let data56 = data.group_by;
if(Array.isArray(data56)){
const len5 = data56.length;
for(let i8=0; i8<len5; i8++){
let data57 = data56[i8];
const _errs167 = errors;
let valid65 = false;
const _errs168 = errors;
if(typeof data57 === "string"){
if(!pattern4.test(data57)){
const err135 = {instancePath:instancePath+"/group_by/" + i8,schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data57};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/group_by/" + i8,schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data57};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var _valid8 = _errs168 === errors;
valid65 = valid65 || _valid8;
if(!valid65){
const _errs171 = errors;
if(Array.isArray(data57)){
if(data57.length > 2){
const err137 = {instancePath:instancePath+"/group_by/" + i8,schemaPath:"#/properties/group_by/items/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema11.properties.group_by.items.anyOf[1],data:data57};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data57.length < 2){
const err138 = {instancePath:instancePath+"/group_by/" + i8,schemaPath:"#/properties/group_by/items/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema11.properties.group_by.items.anyOf[1],data:data57};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
const len6 = data57.length;
for(let i9=0; i9<len6; i9++){
let data58 = data57[i9];
if(typeof data58 === "string"){
if(!pattern4.test(data58)){
const err139 = {instancePath:instancePath+"/group_by/" + i8+"/" + i9,schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data58};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/group_by/" + i8+"/" + i9,schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data58};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/group_by/" + i8,schemaPath:"#/properties/group_by/items/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.group_by.items.anyOf[1].type,parentSchema:schema11.properties.group_by.items.anyOf[1],data:data57};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
var _valid8 = _errs171 === errors;
valid65 = valid65 || _valid8;
}
if(!valid65){
const err142 = {instancePath:instancePath+"/group_by/" + i8,schemaPath:"#/properties/group_by/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.group_by.items.anyOf,parentSchema:schema11.properties.group_by.items,data:data57};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
else {
errors = _errs167;
if(vErrors !== null){
if(_errs167){
vErrors.length = _errs167;
}
else {
vErrors = null;
}
}
}
}
let i10 = data56.length;
let j3;
if(i10 > 1){
outer1:
for(;i10--;){
for(j3 = i10; j3--;){
if(func0(data56[i10], data56[j3])){
const err143 = {instancePath:instancePath+"/group_by",schemaPath:"#/properties/group_by/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i10+" are identical)",schema:true,parentSchema:schema11.properties.group_by,data:data56};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err144 = {instancePath:instancePath+"/group_by",schemaPath:"#/properties/group_by/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.group_by.type,parentSchema:schema11.properties.group_by,data:data56};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data.metrics !== undefined){
let data59 = data.metrics;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(Object.keys(data59).length < 1){
const err145 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.metrics,data:data59};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
for(const key16 in data59){
if(!(validate18(data59[key16], {instancePath:instancePath+"/metrics/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data59,parentDataProperty:key16,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err146 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.metrics.type,parentSchema:schema11.properties.metrics,data:data59};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data.compare !== undefined){
let data61 = data.compare;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.baseline === undefined){
const err147 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'",schema:schema11.properties.compare.required,parentSchema:schema11.properties.compare,data:data61};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
for(const key17 in data61){
if(!((key17 === "baseline") || (key17 === "max_regression"))){
const err148 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.compare,data:data61};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data61.baseline !== undefined){
let data62 = data61.baseline;
if(typeof data62 === "string"){
if(!pattern1.test(data62)){
const err149 = {instancePath:instancePath+"/compare/baseline",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema26,data:data62};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/compare/baseline",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data62};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data61.max_regression !== undefined){
let data63 = data61.max_regression;
if((typeof data63 == "number") && (isFinite(data63))){
if(data63 < 0 || isNaN(data63)){
const err151 = {instancePath:instancePath+"/compare/max_regression",schemaPath:"#/definitions/nonNegative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data63};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/compare/max_regression",schemaPath:"#/definitions/nonNegative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data63};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
else {
const err153 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.compare.type,parentSchema:schema11.properties.compare,data:data61};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data.redact !== undefined){
let data64 = data.redact;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.fields === undefined){
const err154 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema11.properties.redact.required,parentSchema:schema11.properties.redact,data:data64};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
for(const key18 in data64){
if(!((key18 === "fields") || (key18 === "kind"))){
const err155 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.redact,data:data64};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data64.fields !== undefined){
let data65 = data64.fields;
if(Array.isArray(data65)){
if(data65.length < 1){
const err156 = {instancePath:instancePath+"/redact/fields",schemaPath:"#/properties/redact/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.redact.properties.fields,data:data65};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
const len7 = data65.length;
for(let i11=0; i11<len7; i11++){
let data66 = data65[i11];
if(typeof data66 === "string"){
if(!pattern4.test(data66)){
const err157 = {instancePath:instancePath+"/redact/fields/" + i11,schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data66};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/redact/fields/" + i11,schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data66};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
let i12 = data65.length;
let j4;
if(i12 > 1){
outer2:
for(;i12--;){
for(j4 = i12; j4--;){
if(func0(data65[i12], data65[j4])){
const err159 = {instancePath:instancePath+"/redact/fields",schemaPath:"#/properties/redact/properties/fields/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)",schema:true,parentSchema:schema11.properties.redact.properties.fields,data:data65};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err160 = {instancePath:instancePath+"/redact/fields",schemaPath:"#/properties/redact/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.redact.properties.fields.type,parentSchema:schema11.properties.redact.properties.fields,data:data65};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data64.kind !== undefined){
let data67 = data64.kind;
if(typeof data67 === "string"){
if(!pattern4.test(data67)){
const err161 = {instancePath:instancePath+"/redact/kind",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data67};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/redact/kind",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data67};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.redact.type,parentSchema:schema11.properties.redact,data:data64};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data.probes !== undefined){
let data68 = data.probes;
if(Array.isArray(data68)){
if(data68.length < 1){
const err164 = {instancePath:instancePath+"/probes",schemaPath:"#/properties/probes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.probes,data:data68};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
const len8 = data68.length;
for(let i13=0; i13<len8; i13++){
if(!(validate113(data68[i13], {instancePath:instancePath+"/probes/" + i13,parentData:data68,parentDataProperty:i13,rootData}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
}
}
else {
const err165 = {instancePath:instancePath+"/probes",schemaPath:"#/properties/probes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.probes.type,parentSchema:schema11.properties.probes,data:data68};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const config = validate116;
const schema110 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://trustspec.dev/schema/config.schema.json","title":"TrustspecConfig","description":"Project configuration (trustspec.config.yaml), format version 1: models, judges, defaults, paths beyond the project, file limits, cache and reports. See docs/spec-reference.md.","type":"object","additionalProperties":false,"required":["version","models"],"properties":{"version":{"description":"Format version of this config. Version 1 is the only one so far.","const":1},"models":{"description":"Models by name. A spec's models list refers to these names; --model NAME|DIR picks or overrides the model under test.","type":"object","minProperties":1,"propertyNames":{"$ref":"spec.schema.json#/definitions/name"},"additionalProperties":{"type":"object","additionalProperties":false,"not":{"required":["device_id"],"properties":{"execution_provider":{"const":"cpu"}}},"x-not-message":"device_id picks a GPU: it needs execution_provider: cuda (without device_id the model runs on the CPU)","allOf":[{"if":{"anyOf":[{"not":{"required":["kind"]}},{"properties":{"kind":{"const":"onnx-causal-lm"}},"required":["kind"]}]},"then":{"required":["path"]}},{"if":{"properties":{"kind":{"enum":["openai-completions","openai-chat"]}},"required":["kind"]},"then":{"required":["base_url","model"]}}],"properties":{"path":{"description":"Model directory (Hugging Face optimum export: config.json, tokenizer.json, model.onnx), relative to this file. Required for an ONNX model; a model behind a server (kind: openai-completions or openai-chat) has base_url and model instead.","type":"string","minLength":1},"kind":{"description":"onnx-causal-lm (default): an ONNX export run in process. openai-completions: a model behind an OpenAI-compatible server's /completions (vLLM, TGI, llama.cpp's server, Ollama): generates and scores. openai-chat: its /chat/completions: generates, and sends a spec's messages as they are (no scoring). See Models behind an OpenAI-compatible server in docs/models.md.","enum":["onnx-causal-lm","openai-completions","openai-chat"]},"base_url":{"description":"The server's OpenAI API root, ending in /v1 as OpenAI clients take it (http://localhost:8000/v1), for kind: openai-completions or openai-chat.","type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s?#]*$","x-hint":"an http:// or https:// URL of the server's API root, e.g. http://localhost:8000/v1"},"model":{"description":"The model's name as the server serves it (the id GET /v1/models lists), for kind: openai-completions or openai-chat.","type":"string","minLength":1},"api_key_env":{"description":"The name of the environment variable holding the server's API key (sent as Authorization: Bearer). Never the key itself: it is read at request time and never written to the cache, run directory, reports or logs. Absent: no key is sent.","type":"string","minLength":1},"max_concurrency":{"description":"Requests in flight to the server at once. Default 4.","type":"integer","minimum":1,"maximum":256},"timeout_s":{"description":"Seconds a request may take before it is abandoned and retried. Default 120.","type":"number","exclusiveMinimum":0,"maximum":3600},"max_retries":{"description":"Retries of a request that timed out, lost its connection or got 429, 500, 502, 503 or 504, with exponential backoff (honouring Retry-After). Default 5.","type":"integer","minimum":0,"maximum":20},"revision":{"description":"A label of yours for what the server runs (a checkpoint, a date): it goes into the cache fingerprint, so change it when the weights behind the same model name change.","type":"string","minLength":1},"threads":{"description":"onnxruntime intra-op threads. Default: the number of cores.","type":"integer","minimum":1,"maximum":256},"max_length":{"description":"Override the model's maximum positions (prompt + new tokens).","type":"integer","minimum":1},"chat":{"description":"How specs with messages: reach this model. auto (default): through the model's chat template when it has one (chat_template.jinja, chat_template.json or tokenizer_config.json). true: the model must have one (an export that lost it is an error). false: not a chat model (a messages: spec on it is an error). A path (relative to this file): a template file of your own, .jinja text or a .json with chat_template, used instead of the model's. Specs with prompt: are plain text on every model.","anyOf":[{"type":"boolean"},{"type":"string","minLength":1}]},"system":{"description":"keep (default): a spec's system message goes to the template as the system role. merge: its text is put before the first user message's (with a blank line between), for templates that take no system role (Mistral, Gemma); the scorecard says so.","enum":["keep","merge"]},"execution_provider":{"description":"Where onnxruntime runs the model: cpu (default) or cuda (an NVIDIA GPU: needs CUDA 12, cuDNN 9 and onnxruntime-node's CUDA libraries, which its install script fetches on Linux x64; see Running on a GPU in docs/models.md). A model that cannot use it is an error, never a silent fall back to the CPU.","enum":["cpu","cuda"],"x-hint":"cuda is an NVIDIA GPU (see Running on a GPU in docs/models.md)"},"device_id":{"description":"Which GPU runs the model, for execution_provider: cuda. Default 0.","type":"integer","minimum":0},"dtype":{"description":"Which precision variant's files to run, named as transformers.js names them: fp32 (default: model.onnx), fp16, q4, q4f16, int8, uint8, q8 or quantized (model_quantized.onnx), bnb4 — model_q4.onnx, decoder_model_merged_q4.onnx… at the root or under onnx/. trustspec models info DIR lists what a folder holds; --dtype on the command line overrides it.","enum":["fp32","fp16","q4","q4f16","int8","uint8","q8","quantized","bnb4"]}}}},"judges":{"description":"Named judges that specs refer to with judge: NAME.","type":"object","propertyNames":{"$ref":"spec.schema.json#/definitions/name"},"additionalProperties":{"$ref":"spec.schema.json#/definitions/judge"}},"defaults":{"type":"object","additionalProperties":false,"properties":{"models":{"description":"Models a spec runs on when it names none. Default: every model.","type":"array","items":{"$ref":"spec.schema.json#/definitions/name"},"minItems":1,"uniqueItems":true},"seed":{"description":"Default seed. Default 0.","$ref":"spec.schema.json#/definitions/seed"},"batch_size":{"description":"Sequences per model call. Results do not depend on it. Default 8.","type":"integer","minimum":1,"maximum":4096},"confidence":{"description":"Confidence level of every interval. Default 0.95.","type":"number","exclusiveMinimum":0.5,"exclusiveMaximum":1},"bootstrap_samples":{"description":"Resamples for bootstrap intervals and paired tests. Default 2000.","type":"integer","minimum":100,"maximum":1000000},"max_regression":{"description":"Default max_regression for compare gates. Default 0.","$ref":"spec.schema.json#/definitions/nonNegative"}}},"specs":{"description":"Globs (relative to this file) where trustspec finds specs when no paths are given. Default: [\"specs/**/*.trust.yaml\"].","type":"array","items":{"type":"string","minLength":1},"minItems":1},"allow_paths":{"description":"Directories outside the project root (this file's directory) that specs and this config may read from: datasets, partials, probe slot files, names maps, judge and model directories. Relative to this file. Every other path must lie inside the root, after following symbolic links.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"limits":{"description":"Size limits of the files trustspec reads, checked before reading.","type":"object","additionalProperties":false,"properties":{"spec_file_mb":{"description":"Largest spec or partial file, in megabytes (MiB). Default 8.","type":"number","exclusiveMinimum":0,"maximum":500},"data_file_mb":{"description":"Largest dataset, names map or probe slot file, in megabytes (MiB). Default 256.","type":"number","exclusiveMinimum":0,"maximum":500}}},"cache":{"type":"object","additionalProperties":false,"properties":{"dir":{"description":"Inference cache directory, relative to this file. It holds raw model outputs: treat it as sensitive. Default .trustspec/cache.","type":"string","minLength":1},"enabled":{"description":"Default true; --no-cache turns it off for one run.","type":"boolean"}}},"reports":{"type":"object","additionalProperties":false,"properties":{"dir":{"description":"Where scorecards are written, relative to this file. Default reports.","type":"string","minLength":1},"formats":{"description":"Scorecard formats. Default all.","type":"array","items":{"enum":["terminal","json","md","html","junit"]},"minItems":1,"uniqueItems":true}}}}};
const pattern35 = new RegExp("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s?#]*$", "u");

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "toxicity-lexical"){
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
else if(tag0 === "toxicity-learned"){
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
else if(tag0 === "toxicity-classifier"){
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
else if(tag0 === "agreement"){
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
else if(tag0 === "contains"){
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
else if(tag0 === "wrong-not-wrong"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/definitions/judgeWrongNotWrong/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "kind")){
const err2 = {instancePath,schemaPath:"#/definitions/judgeWrongNotWrong/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("wrong-not-wrong" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/judgeWrongNotWrong/properties/kind/const",keyword:"const",params:{allowedValue: "wrong-not-wrong"},message:"must be equal to constant",schema:"wrong-not-wrong",parentSchema:schema91.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/definitions/judgeWrongNotWrong/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else if(tag0 === "option-match"){
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
else if(tag0 === "leak"){
if(!(validate69(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
else if(tag0 === "pii"){
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
else if(tag0 === "regex"){
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
else if(tag0 === "not"){
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
else if(tag0 === "equals"){
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
else if(tag0 === "starts_with"){
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
else if(tag0 === "json"){
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
else if(tag0 === "refusal"){
if(!(validate77(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
else if(tag0 === "classifier"){
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
else if(tag0 === "module"){
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
else if(tag0 === "all_of"){
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
else if(tag0 === "any_of"){
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
else {
const err5 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema45.discriminator,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema45.discriminator,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}


function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://trustspec.dev/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema110.required,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.models === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "models"},message:"must have required property '"+"models"+"'",schema:schema110.required,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema110.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema110.properties.version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.models !== undefined){
let data1 = data.models;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err4 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema110.properties.models,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
const _errs5 = errors;
if(typeof key1 === "string"){
if(!pattern1.test(key1)){
const err5 = {instancePath:instancePath+"/models",schemaPath:"spec.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema26,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/models",schemaPath:"spec.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid1 = _errs5 === errors;
if(!valid1){
const err7 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema110.properties.models.propertyNames,parentSchema:schema110.properties.models,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
const _errs11 = errors;
const _errs12 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing0;
if((data2.device_id === undefined) && (missing0 = "device_id")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data2.execution_provider !== undefined){
if("cpu" !== data2.execution_provider){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
var valid4 = _errs12 === errors;
if(valid4){
const err10 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema110.properties.models.additionalProperties.not,parentSchema:schema110.properties.models.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
const _errs15 = errors;
let valid7 = true;
const _errs16 = errors;
const _errs17 = errors;
let valid8 = false;
const _errs18 = errors;
const _errs19 = errors;
const _errs20 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.kind === undefined) && (missing1 = "kind")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid9 = _errs20 === errors;
if(valid9){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs18 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const _errs21 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((data2.kind === undefined) && (missing2 = "kind")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data2.kind !== undefined){
if("onnx-causal-lm" !== data2.kind){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
var _valid1 = _errs21 === errors;
valid8 = valid8 || _valid1;
}
if(!valid8){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs23 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.path === undefined){
const err16 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/allOf/0/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema110.properties.models.additionalProperties.allOf[0].then.required,parentSchema:schema110.properties.models.additionalProperties.allOf[0].then,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid0 = _errs23 === errors;
valid7 = _valid0;
}
if(!valid7){
const err17 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema110.properties.models.additionalProperties.allOf[0].if,parentSchema:schema110.properties.models.additionalProperties.allOf[0],data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs25 = errors;
let valid11 = true;
const _errs26 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing3;
if((data2.kind === undefined) && (missing3 = "kind")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data2.kind !== undefined){
let data5 = data2.kind;
if(!((data5 === "openai-completions") || (data5 === "openai-chat"))){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
var _valid2 = _errs26 === errors;
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs28 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.base_url === undefined){
const err20 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/allOf/1/then/required",keyword:"required",params:{missingProperty: "base_url"},message:"must have required property '"+"base_url"+"'",schema:schema110.properties.models.additionalProperties.allOf[1].then.required,parentSchema:schema110.properties.models.additionalProperties.allOf[1].then,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data2.model === undefined){
const err21 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/allOf/1/then/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema110.properties.models.additionalProperties.allOf[1].then.required,parentSchema:schema110.properties.models.additionalProperties.allOf[1].then,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid2 = _errs28 === errors;
valid11 = _valid2;
}
if(!valid11){
const err22 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema110.properties.models.additionalProperties.allOf[1].if,parentSchema:schema110.properties.models.additionalProperties.allOf[1],data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key3 in data2){
if(!(func2.call(schema110.properties.models.additionalProperties.properties, key3))){
const err23 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema110.properties.models.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.path !== undefined){
let data6 = data2.path;
if(typeof data6 === "string"){
if(func5(data6) < 1){
const err24 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/properties/models/additionalProperties/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema110.properties.models.additionalProperties.properties.path,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/properties/models/additionalProperties/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.models.additionalProperties.properties.path.type,parentSchema:schema110.properties.models.additionalProperties.properties.path,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data2.kind !== undefined){
let data7 = data2.kind;
if(!(((data7 === "onnx-causal-lm") || (data7 === "openai-completions")) || (data7 === "openai-chat"))){
const err26 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/kind",schemaPath:"#/properties/models/additionalProperties/properties/kind/enum",keyword:"enum",params:{allowedValues: schema110.properties.models.additionalProperties.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema110.properties.models.additionalProperties.properties.kind.enum,parentSchema:schema110.properties.models.additionalProperties.properties.kind,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data2.base_url !== undefined){
let data8 = data2.base_url;
if(typeof data8 === "string"){
if(!pattern35.test(data8)){
const err27 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/models/additionalProperties/properties/base_url/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s?#]*$"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s?#]*$"+"\"",schema:"^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s?#]*$",parentSchema:schema110.properties.models.additionalProperties.properties.base_url,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/models/additionalProperties/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.models.additionalProperties.properties.base_url.type,parentSchema:schema110.properties.models.additionalProperties.properties.base_url,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data2.model !== undefined){
let data9 = data2.model;
if(typeof data9 === "string"){
if(func5(data9) < 1){
const err29 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/model",schemaPath:"#/properties/models/additionalProperties/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema110.properties.models.additionalProperties.properties.model,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/model",schemaPath:"#/properties/models/additionalProperties/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.models.additionalProperties.properties.model.type,parentSchema:schema110.properties.models.additionalProperties.properties.model,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data2.api_key_env !== undefined){
let data10 = data2.api_key_env;
if(typeof data10 === "string"){
if(func5(data10) < 1){
const err31 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key_env",schemaPath:"#/properties/models/additionalProperties/properties/api_key_env/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema110.properties.models.additionalProperties.properties.api_key_env,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key_env",schemaPath:"#/properties/models/additionalProperties/properties/api_key_env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.models.additionalProperties.properties.api_key_env.type,parentSchema:schema110.properties.models.additionalProperties.properties.api_key_env,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data2.max_concurrency !== undefined){
let data11 = data2.max_concurrency;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err33 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_concurrency",schemaPath:"#/properties/models/additionalProperties/properties/max_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema110.properties.models.additionalProperties.properties.max_concurrency.type,parentSchema:schema110.properties.models.additionalProperties.properties.max_concurrency,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 256 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_concurrency",schemaPath:"#/properties/models/additionalProperties/properties/max_concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256",schema:256,parentSchema:schema110.properties.models.additionalProperties.properties.max_concurrency,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err35 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_concurrency",schemaPath:"#/properties/models/additionalProperties/properties/max_concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema110.properties.models.additionalProperties.properties.max_concurrency,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data2.timeout_s !== undefined){
let data12 = data2.timeout_s;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 3600 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeout_s",schemaPath:"#/properties/models/additionalProperties/properties/timeout_s/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema110.properties.models.additionalProperties.properties.timeout_s,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data12 <= 0 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeout_s",schemaPath:"#/properties/models/additionalProperties/properties/timeout_s/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema110.properties.models.additionalProperties.properties.timeout_s,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeout_s",schemaPath:"#/properties/models/additionalProperties/properties/timeout_s/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema110.properties.models.additionalProperties.properties.timeout_s.type,parentSchema:schema110.properties.models.additionalProperties.properties.timeout_s,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data2.max_retries !== undefined){
let data13 = data2.max_retries;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err39 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_retries",schemaPath:"#/properties/models/additionalProperties/properties/max_retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema110.properties.models.additionalProperties.properties.max_retries.type,parentSchema:schema110.properties.models.additionalProperties.properties.max_retries,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 20 || isNaN(data13)){
const err40 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_retries",schemaPath:"#/properties/models/additionalProperties/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema110.properties.models.additionalProperties.properties.max_retries,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err41 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_retries",schemaPath:"#/properties/models/additionalProperties/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema110.properties.models.additionalProperties.properties.max_retries,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data2.revision !== undefined){
let data14 = data2.revision;
if(typeof data14 === "string"){
if(func5(data14) < 1){
const err42 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/revision",schemaPath:"#/properties/models/additionalProperties/properties/revision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema110.properties.models.additionalProperties.properties.revision,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/revision",schemaPath:"#/properties/models/additionalProperties/properties/revision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.models.additionalProperties.properties.revision.type,parentSchema:schema110.properties.models.additionalProperties.properties.revision,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data2.threads !== undefined){
let data15 = data2.threads;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err44 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/threads",schemaPath:"#/properties/models/additionalProperties/properties/threads/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema110.properties.models.additionalProperties.properties.threads.type,parentSchema:schema110.properties.models.additionalProperties.properties.threads,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 256 || isNaN(data15)){
const err45 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/threads",schemaPath:"#/properties/models/additionalProperties/properties/threads/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256",schema:256,parentSchema:schema110.properties.models.additionalProperties.properties.threads,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err46 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/threads",schemaPath:"#/properties/models/additionalProperties/properties/threads/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema110.properties.models.additionalProperties.properties.threads,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data2.max_length !== undefined){
let data16 = data2.max_length;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err47 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_length",schemaPath:"#/properties/models/additionalProperties/properties/max_length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema110.properties.models.additionalProperties.properties.max_length.type,parentSchema:schema110.properties.models.additionalProperties.properties.max_length,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err48 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_length",schemaPath:"#/properties/models/additionalProperties/properties/max_length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema110.properties.models.additionalProperties.properties.max_length,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data2.chat !== undefined){
let data17 = data2.chat;
const _errs52 = errors;
let valid14 = false;
const _errs53 = errors;
if(typeof data17 !== "boolean"){
const err49 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/chat",schemaPath:"#/properties/models/additionalProperties/properties/chat/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema110.properties.models.additionalProperties.properties.chat.anyOf[0].type,parentSchema:schema110.properties.models.additionalProperties.properties.chat.anyOf[0],data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid3 = _errs53 === errors;
valid14 = valid14 || _valid3;
if(!valid14){
const _errs55 = errors;
if(typeof data17 === "string"){
if(func5(data17) < 1){
const err50 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/chat",schemaPath:"#/properties/models/additionalProperties/properties/chat/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema110.properties.models.additionalProperties.properties.chat.anyOf[1],data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/chat",schemaPath:"#/properties/models/additionalProperties/properties/chat/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.models.additionalProperties.properties.chat.anyOf[1].type,parentSchema:schema110.properties.models.additionalProperties.properties.chat.anyOf[1],data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid3 = _errs55 === errors;
valid14 = valid14 || _valid3;
}
if(!valid14){
const err52 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/chat",schemaPath:"#/properties/models/additionalProperties/properties/chat/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema110.properties.models.additionalProperties.properties.chat.anyOf,parentSchema:schema110.properties.models.additionalProperties.properties.chat,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
}
if(data2.system !== undefined){
let data18 = data2.system;
if(!((data18 === "keep") || (data18 === "merge"))){
const err53 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/system",schemaPath:"#/properties/models/additionalProperties/properties/system/enum",keyword:"enum",params:{allowedValues: schema110.properties.models.additionalProperties.properties.system.enum},message:"must be equal to one of the allowed values",schema:schema110.properties.models.additionalProperties.properties.system.enum,parentSchema:schema110.properties.models.additionalProperties.properties.system,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data2.execution_provider !== undefined){
let data19 = data2.execution_provider;
if(!((data19 === "cpu") || (data19 === "cuda"))){
const err54 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/execution_provider",schemaPath:"#/properties/models/additionalProperties/properties/execution_provider/enum",keyword:"enum",params:{allowedValues: schema110.properties.models.additionalProperties.properties.execution_provider.enum},message:"must be equal to one of the allowed values",schema:schema110.properties.models.additionalProperties.properties.execution_provider.enum,parentSchema:schema110.properties.models.additionalProperties.properties.execution_provider,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data2.device_id !== undefined){
let data20 = data2.device_id;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err55 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/device_id",schemaPath:"#/properties/models/additionalProperties/properties/device_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema110.properties.models.additionalProperties.properties.device_id.type,parentSchema:schema110.properties.models.additionalProperties.properties.device_id,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err56 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/device_id",schemaPath:"#/properties/models/additionalProperties/properties/device_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema110.properties.models.additionalProperties.properties.device_id,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data2.dtype !== undefined){
let data21 = data2.dtype;
if(!(((((((((data21 === "fp32") || (data21 === "fp16")) || (data21 === "q4")) || (data21 === "q4f16")) || (data21 === "int8")) || (data21 === "uint8")) || (data21 === "q8")) || (data21 === "quantized")) || (data21 === "bnb4"))){
const err57 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/dtype",schemaPath:"#/properties/models/additionalProperties/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema110.properties.models.additionalProperties.properties.dtype.enum},message:"must be equal to one of the allowed values",schema:schema110.properties.models.additionalProperties.properties.dtype.enum,parentSchema:schema110.properties.models.additionalProperties.properties.dtype,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.properties.models.additionalProperties.type,parentSchema:schema110.properties.models.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.properties.models.type,parentSchema:schema110.properties.models,data:data1};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.judges !== undefined){
let data22 = data.judges;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key4 in data22){
const _errs64 = errors;
if(typeof key4 === "string"){
if(!pattern1.test(key4)){
const err60 = {instancePath:instancePath+"/judges",schemaPath:"spec.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema26,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/judges",schemaPath:"spec.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var valid15 = _errs64 === errors;
if(!valid15){
const err62 = {instancePath:instancePath+"/judges",schemaPath:"#/properties/judges/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema110.properties.judges.propertyNames,parentSchema:schema110.properties.judges,data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
for(const key5 in data22){
if(!(validate117(data22[key5], {instancePath:instancePath+"/judges/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data22,parentDataProperty:key5,rootData}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
}
else {
const err63 = {instancePath:instancePath+"/judges",schemaPath:"#/properties/judges/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.properties.judges.type,parentSchema:schema110.properties.judges,data:data22};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.defaults !== undefined){
let data24 = data.defaults;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key6 in data24){
if(!((((((key6 === "models") || (key6 === "seed")) || (key6 === "batch_size")) || (key6 === "confidence")) || (key6 === "bootstrap_samples")) || (key6 === "max_regression"))){
const err64 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema110.properties.defaults,data:data24};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data24.models !== undefined){
let data25 = data24.models;
if(Array.isArray(data25)){
if(data25.length < 1){
const err65 = {instancePath:instancePath+"/defaults/models",schemaPath:"#/properties/defaults/properties/models/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema110.properties.defaults.properties.models,data:data25};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
const len0 = data25.length;
for(let i0=0; i0<len0; i0++){
let data26 = data25[i0];
if(typeof data26 === "string"){
if(!pattern1.test(data26)){
const err66 = {instancePath:instancePath+"/defaults/models/" + i0,schemaPath:"spec.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema26,data:data26};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/defaults/models/" + i0,schemaPath:"spec.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data26};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
let i1 = data25.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data25[i1], data25[j0])){
const err68 = {instancePath:instancePath+"/defaults/models",schemaPath:"#/properties/defaults/properties/models/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema110.properties.defaults.properties.models,data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err69 = {instancePath:instancePath+"/defaults/models",schemaPath:"#/properties/defaults/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema110.properties.defaults.properties.models.type,parentSchema:schema110.properties.defaults.properties.models,data:data25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data24.seed !== undefined){
let data27 = data24.seed;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err70 = {instancePath:instancePath+"/defaults/seed",schemaPath:"spec.schema.json#/definitions/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data27};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 4294967295 || isNaN(data27)){
const err71 = {instancePath:instancePath+"/defaults/seed",schemaPath:"spec.schema.json#/definitions/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema27,data:data27};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err72 = {instancePath:instancePath+"/defaults/seed",schemaPath:"spec.schema.json#/definitions/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27,data:data27};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
if(data24.batch_size !== undefined){
let data28 = data24.batch_size;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err73 = {instancePath:instancePath+"/defaults/batch_size",schemaPath:"#/properties/defaults/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema110.properties.defaults.properties.batch_size.type,parentSchema:schema110.properties.defaults.properties.batch_size,data:data28};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 4096 || isNaN(data28)){
const err74 = {instancePath:instancePath+"/defaults/batch_size",schemaPath:"#/properties/defaults/properties/batch_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4096},message:"must be <= 4096",schema:4096,parentSchema:schema110.properties.defaults.properties.batch_size,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data28 < 1 || isNaN(data28)){
const err75 = {instancePath:instancePath+"/defaults/batch_size",schemaPath:"#/properties/defaults/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema110.properties.defaults.properties.batch_size,data:data28};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data24.confidence !== undefined){
let data29 = data24.confidence;
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 >= 1 || isNaN(data29)){
const err76 = {instancePath:instancePath+"/defaults/confidence",schemaPath:"#/properties/defaults/properties/confidence/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema110.properties.defaults.properties.confidence,data:data29};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data29 <= 0.5 || isNaN(data29)){
const err77 = {instancePath:instancePath+"/defaults/confidence",schemaPath:"#/properties/defaults/properties/confidence/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0.5},message:"must be > 0.5",schema:0.5,parentSchema:schema110.properties.defaults.properties.confidence,data:data29};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/defaults/confidence",schemaPath:"#/properties/defaults/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema110.properties.defaults.properties.confidence.type,parentSchema:schema110.properties.defaults.properties.confidence,data:data29};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data24.bootstrap_samples !== undefined){
let data30 = data24.bootstrap_samples;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err79 = {instancePath:instancePath+"/defaults/bootstrap_samples",schemaPath:"#/properties/defaults/properties/bootstrap_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema110.properties.defaults.properties.bootstrap_samples.type,parentSchema:schema110.properties.defaults.properties.bootstrap_samples,data:data30};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 1000000 || isNaN(data30)){
const err80 = {instancePath:instancePath+"/defaults/bootstrap_samples",schemaPath:"#/properties/defaults/properties/bootstrap_samples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema110.properties.defaults.properties.bootstrap_samples,data:data30};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data30 < 100 || isNaN(data30)){
const err81 = {instancePath:instancePath+"/defaults/bootstrap_samples",schemaPath:"#/properties/defaults/properties/bootstrap_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema110.properties.defaults.properties.bootstrap_samples,data:data30};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data24.max_regression !== undefined){
let data31 = data24.max_regression;
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err82 = {instancePath:instancePath+"/defaults/max_regression",schemaPath:"spec.schema.json#/definitions/nonNegative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data31};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/defaults/max_regression",schemaPath:"spec.schema.json#/definitions/nonNegative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data31};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.properties.defaults.type,parentSchema:schema110.properties.defaults,data:data24};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.specs !== undefined){
let data32 = data.specs;
if(Array.isArray(data32)){
if(data32.length < 1){
const err85 = {instancePath:instancePath+"/specs",schemaPath:"#/properties/specs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema110.properties.specs,data:data32};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
const len1 = data32.length;
for(let i2=0; i2<len1; i2++){
let data33 = data32[i2];
if(typeof data33 === "string"){
if(func5(data33) < 1){
const err86 = {instancePath:instancePath+"/specs/" + i2,schemaPath:"#/properties/specs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema110.properties.specs.items,data:data33};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/specs/" + i2,schemaPath:"#/properties/specs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.specs.items.type,parentSchema:schema110.properties.specs.items,data:data33};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/specs",schemaPath:"#/properties/specs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema110.properties.specs.type,parentSchema:schema110.properties.specs,data:data32};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.allow_paths !== undefined){
let data34 = data.allow_paths;
if(Array.isArray(data34)){
const len2 = data34.length;
for(let i3=0; i3<len2; i3++){
let data35 = data34[i3];
if(typeof data35 === "string"){
if(func5(data35) < 1){
const err89 = {instancePath:instancePath+"/allow_paths/" + i3,schemaPath:"#/properties/allow_paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema110.properties.allow_paths.items,data:data35};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/allow_paths/" + i3,schemaPath:"#/properties/allow_paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.allow_paths.items.type,parentSchema:schema110.properties.allow_paths.items,data:data35};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
let i4 = data34.length;
let j1;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data34[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err91 = {instancePath:instancePath+"/allow_paths",schemaPath:"#/properties/allow_paths/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema110.properties.allow_paths,data:data34};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err92 = {instancePath:instancePath+"/allow_paths",schemaPath:"#/properties/allow_paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema110.properties.allow_paths.type,parentSchema:schema110.properties.allow_paths,data:data34};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.limits !== undefined){
let data36 = data.limits;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key7 in data36){
if(!((key7 === "spec_file_mb") || (key7 === "data_file_mb"))){
const err93 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema110.properties.limits,data:data36};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data36.spec_file_mb !== undefined){
let data37 = data36.spec_file_mb;
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 500 || isNaN(data37)){
const err94 = {instancePath:instancePath+"/limits/spec_file_mb",schemaPath:"#/properties/limits/properties/spec_file_mb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema110.properties.limits.properties.spec_file_mb,data:data37};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data37 <= 0 || isNaN(data37)){
const err95 = {instancePath:instancePath+"/limits/spec_file_mb",schemaPath:"#/properties/limits/properties/spec_file_mb/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema110.properties.limits.properties.spec_file_mb,data:data37};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/limits/spec_file_mb",schemaPath:"#/properties/limits/properties/spec_file_mb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema110.properties.limits.properties.spec_file_mb.type,parentSchema:schema110.properties.limits.properties.spec_file_mb,data:data37};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data36.data_file_mb !== undefined){
let data38 = data36.data_file_mb;
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 500 || isNaN(data38)){
const err97 = {instancePath:instancePath+"/limits/data_file_mb",schemaPath:"#/properties/limits/properties/data_file_mb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema110.properties.limits.properties.data_file_mb,data:data38};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data38 <= 0 || isNaN(data38)){
const err98 = {instancePath:instancePath+"/limits/data_file_mb",schemaPath:"#/properties/limits/properties/data_file_mb/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema110.properties.limits.properties.data_file_mb,data:data38};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/limits/data_file_mb",schemaPath:"#/properties/limits/properties/data_file_mb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema110.properties.limits.properties.data_file_mb.type,parentSchema:schema110.properties.limits.properties.data_file_mb,data:data38};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.properties.limits.type,parentSchema:schema110.properties.limits,data:data36};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.cache !== undefined){
let data39 = data.cache;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key8 in data39){
if(!((key8 === "dir") || (key8 === "enabled"))){
const err101 = {instancePath:instancePath+"/cache",schemaPath:"#/properties/cache/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema110.properties.cache,data:data39};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data39.dir !== undefined){
let data40 = data39.dir;
if(typeof data40 === "string"){
if(func5(data40) < 1){
const err102 = {instancePath:instancePath+"/cache/dir",schemaPath:"#/properties/cache/properties/dir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema110.properties.cache.properties.dir,data:data40};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/cache/dir",schemaPath:"#/properties/cache/properties/dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.cache.properties.dir.type,parentSchema:schema110.properties.cache.properties.dir,data:data40};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data39.enabled !== undefined){
let data41 = data39.enabled;
if(typeof data41 !== "boolean"){
const err104 = {instancePath:instancePath+"/cache/enabled",schemaPath:"#/properties/cache/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema110.properties.cache.properties.enabled.type,parentSchema:schema110.properties.cache.properties.enabled,data:data41};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/cache",schemaPath:"#/properties/cache/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.properties.cache.type,parentSchema:schema110.properties.cache,data:data39};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.reports !== undefined){
let data42 = data.reports;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key9 in data42){
if(!((key9 === "dir") || (key9 === "formats"))){
const err106 = {instancePath:instancePath+"/reports",schemaPath:"#/properties/reports/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema110.properties.reports,data:data42};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data42.dir !== undefined){
let data43 = data42.dir;
if(typeof data43 === "string"){
if(func5(data43) < 1){
const err107 = {instancePath:instancePath+"/reports/dir",schemaPath:"#/properties/reports/properties/dir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema110.properties.reports.properties.dir,data:data43};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/reports/dir",schemaPath:"#/properties/reports/properties/dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.reports.properties.dir.type,parentSchema:schema110.properties.reports.properties.dir,data:data43};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data42.formats !== undefined){
let data44 = data42.formats;
if(Array.isArray(data44)){
if(data44.length < 1){
const err109 = {instancePath:instancePath+"/reports/formats",schemaPath:"#/properties/reports/properties/formats/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema110.properties.reports.properties.formats,data:data44};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
const len3 = data44.length;
for(let i5=0; i5<len3; i5++){
let data45 = data44[i5];
if(!(((((data45 === "terminal") || (data45 === "json")) || (data45 === "md")) || (data45 === "html")) || (data45 === "junit"))){
const err110 = {instancePath:instancePath+"/reports/formats/" + i5,schemaPath:"#/properties/reports/properties/formats/items/enum",keyword:"enum",params:{allowedValues: schema110.properties.reports.properties.formats.items.enum},message:"must be equal to one of the allowed values",schema:schema110.properties.reports.properties.formats.items.enum,parentSchema:schema110.properties.reports.properties.formats.items,data:data45};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
let i6 = data44.length;
let j2;
if(i6 > 1){
outer1:
for(;i6--;){
for(j2 = i6; j2--;){
if(func0(data44[i6], data44[j2])){
const err111 = {instancePath:instancePath+"/reports/formats",schemaPath:"#/properties/reports/properties/formats/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema110.properties.reports.properties.formats,data:data44};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err112 = {instancePath:instancePath+"/reports/formats",schemaPath:"#/properties/reports/properties/formats/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema110.properties.reports.properties.formats.type,parentSchema:schema110.properties.reports.properties.formats,data:data44};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/reports",schemaPath:"#/properties/reports/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.properties.reports.type,parentSchema:schema110.properties.reports,data:data42};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.type,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
validate116.errors = vErrors;
return errors === 0;
}

export const dataset = validate137;

function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/oneOf/0/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema28.allOf[0].oneOf[0].required,parentSchema:schema28.allOf[0].oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema28.allOf[0].oneOf[1].required,parentSchema:schema28.allOf[0].oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.synthetic === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/oneOf/2/required",keyword:"required",params:{missingProperty: "synthetic"},message:"must have required property '"+"synthetic"+"'",schema:schema28.allOf[0].oneOf[2].required,parentSchema:schema28.allOf[0].oneOf[2],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid1 = true;
passing0 = 2;
}
}
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema28.allOf[0].oneOf,parentSchema:schema28.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema28.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema28.properties.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err6 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.items.items.type,parentSchema:schema28.properties.items.items,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.items.type,parentSchema:schema28.properties.items,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(typeof data2 === "string"){
if(func5(data2) < 1){
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.path,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.path.type,parentSchema:schema28.properties.path,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.format !== undefined){
let data3 = data.format;
if(!(((data3 === "jsonl") || (data3 === "csv")) || (data3 === "json"))){
const err10 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema28.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.format.enum,parentSchema:schema28.properties.format,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.records !== undefined){
let data4 = data.records;
if(typeof data4 === "string"){
if(!pattern2.test(data4)){
const err11 = {instancePath:instancePath+"/records",schemaPath:"#/properties/records/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$",parentSchema:schema28.properties.records,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/records",schemaPath:"#/properties/records/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.records.type,parentSchema:schema28.properties.records,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.fields !== undefined){
let data5 = data.fields;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs18 = errors;
if(typeof key1 === "string"){
if(!pattern3.test(key1)){
const err13 = {instancePath:instancePath+"/fields",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema29,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/fields",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid5 = _errs18 === errors;
if(!valid5){
const err15 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema28.properties.fields.propertyNames,parentSchema:schema28.properties.fields,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key2 in data5){
let data6 = data5[key2];
const _errs23 = errors;
let valid8 = false;
const _errs24 = errors;
if(typeof data6 === "string"){
if(func5(data6) < 1){
const err16 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.fields.additionalProperties.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.fields.additionalProperties.anyOf[0].type,parentSchema:schema28.properties.fields.additionalProperties.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const _errs26 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.from === undefined){
const err18 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf/1/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema28.properties.fields.additionalProperties.anyOf[1].required,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data6){
if(!(((key3 === "from") || (key3 === "split")) || (key3 === "type"))){
const err19 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.from !== undefined){
let data7 = data6.from;
if(typeof data7 === "string"){
if(func5(data7) < 1){
const err20 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/properties/fields/additionalProperties/anyOf/1/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1].properties.from,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/properties/fields/additionalProperties/anyOf/1/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.fields.additionalProperties.anyOf[1].properties.from.type,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1].properties.from,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.split !== undefined){
let data8 = data6.split;
if(typeof data8 === "string"){
if(func5(data8) < 1){
const err22 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/split",schemaPath:"#/properties/fields/additionalProperties/anyOf/1/properties/split/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1].properties.split,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/split",schemaPath:"#/properties/fields/additionalProperties/anyOf/1/properties/split/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.fields.additionalProperties.anyOf[1].properties.split.type,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1].properties.split,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.type !== undefined){
let data9 = data6.type;
if(!(((data9 === "string") || (data9 === "number")) || (data9 === "boolean"))){
const err24 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/fields/additionalProperties/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema28.properties.fields.additionalProperties.anyOf[1].properties.type.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.fields.additionalProperties.anyOf[1].properties.type.enum,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1].properties.type,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.fields.additionalProperties.anyOf[1].type,parentSchema:schema28.properties.fields.additionalProperties.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid8 = valid8 || _valid1;
}
if(!valid8){
const err26 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema28.properties.fields.additionalProperties.anyOf,parentSchema:schema28.properties.fields.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.fields.type,parentSchema:schema28.properties.fields,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.where !== undefined){
let data10 = data.where;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key4 in data10){
let data11 = data10[key4];
const _errs38 = errors;
let valid11 = false;
const _errs39 = errors;
if(((typeof data11 !== "string") && (!((typeof data11 == "number") && (isFinite(data11))))) && (typeof data11 !== "boolean")){
const err28 = {instancePath:instancePath+"/where/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/anyOf/0/type",keyword:"type",params:{type: schema28.properties.where.additionalProperties.anyOf[0].type},message:"must be string,number,boolean",schema:schema28.properties.where.additionalProperties.anyOf[0].type,parentSchema:schema28.properties.where.additionalProperties.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid11 = valid11 || _valid2;
if(!valid11){
const _errs41 = errors;
if(Array.isArray(data11)){
if(data11.length < 1){
const err29 = {instancePath:instancePath+"/where/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema28.properties.where.additionalProperties.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))) && (typeof data12 !== "boolean")){
const err30 = {instancePath:instancePath+"/where/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/properties/where/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: schema28.properties.where.additionalProperties.anyOf[1].items.type},message:"must be string,number,boolean",schema:schema28.properties.where.additionalProperties.anyOf[1].items.type,parentSchema:schema28.properties.where.additionalProperties.anyOf[1].items,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/where/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.where.additionalProperties.anyOf[1].type,parentSchema:schema28.properties.where.additionalProperties.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid11 = valid11 || _valid2;
}
if(!valid11){
const err32 = {instancePath:instancePath+"/where/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema28.properties.where.additionalProperties.anyOf,parentSchema:schema28.properties.where.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err33 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.where.type,parentSchema:schema28.properties.where,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.id !== undefined){
let data13 = data.id;
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
const err34 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$",parentSchema:schema30,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.sample !== undefined){
let data14 = data.sample;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.n === undefined){
const err36 = {instancePath:instancePath+"/sample",schemaPath:"#/properties/sample/required",keyword:"required",params:{missingProperty: "n"},message:"must have required property '"+"n"+"'",schema:schema28.properties.sample.required,parentSchema:schema28.properties.sample,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key5 in data14){
if(!((key5 === "n") || (key5 === "seed"))){
const err37 = {instancePath:instancePath+"/sample",schemaPath:"#/properties/sample/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.sample,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data14.n !== undefined){
let data15 = data14.n;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err38 = {instancePath:instancePath+"/sample/n",schemaPath:"#/properties/sample/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.sample.properties.n.type,parentSchema:schema28.properties.sample.properties.n,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err39 = {instancePath:instancePath+"/sample/n",schemaPath:"#/properties/sample/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28.properties.sample.properties.n,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data14.seed !== undefined){
let data16 = data14.seed;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err40 = {instancePath:instancePath+"/sample/seed",schemaPath:"#/definitions/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 4294967295 || isNaN(data16)){
const err41 = {instancePath:instancePath+"/sample/seed",schemaPath:"#/definitions/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema27,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err42 = {instancePath:instancePath+"/sample/seed",schemaPath:"#/definitions/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
}
else {
const err43 = {instancePath:instancePath+"/sample",schemaPath:"#/properties/sample/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.sample.type,parentSchema:schema28.properties.sample,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.synthetic !== undefined){
if(!(validate57(data.synthetic, {instancePath:instancePath+"/synthetic",parentData:data,parentDataProperty:"synthetic",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate137.errors = vErrors;
return errors === 0;
}

export const judge = validate139;

function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "toxicity-lexical"){
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
else if(tag0 === "toxicity-learned"){
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
else if(tag0 === "toxicity-classifier"){
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
else if(tag0 === "agreement"){
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
else if(tag0 === "contains"){
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
else if(tag0 === "wrong-not-wrong"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/definitions/judgeWrongNotWrong/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "kind")){
const err2 = {instancePath,schemaPath:"#/definitions/judgeWrongNotWrong/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("wrong-not-wrong" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/judgeWrongNotWrong/properties/kind/const",keyword:"const",params:{allowedValue: "wrong-not-wrong"},message:"must be equal to constant",schema:"wrong-not-wrong",parentSchema:schema91.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/definitions/judgeWrongNotWrong/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else if(tag0 === "option-match"){
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
else if(tag0 === "leak"){
if(!(validate69(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
else if(tag0 === "pii"){
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
else if(tag0 === "regex"){
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
else if(tag0 === "not"){
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
else if(tag0 === "equals"){
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
else if(tag0 === "starts_with"){
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
else if(tag0 === "json"){
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
else if(tag0 === "refusal"){
if(!(validate77(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
else if(tag0 === "classifier"){
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
else if(tag0 === "module"){
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
else if(tag0 === "all_of"){
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
else if(tag0 === "any_of"){
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
else {
const err5 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema45.discriminator,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema45.discriminator,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate139.errors = vErrors;
return errors === 0;
}
