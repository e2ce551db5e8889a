import { parseCommand } from "../args";
import { CHAT_OPTIONS, chatMessages, checkInputOptions, inputIds, inputOptions, modelInput } from "../chat-input";
import type { Command } from "../command";
import { EXIT } from "../io";
import { DTYPE_OPTION, withModel } from "../model-arg";

const NUMBER_OPTIONS = ["max-tokens", "temperature", "top-k", "top-p", "samples", "seed"] as const;

export const generateCommand: Command = {
  name: "generate",
  summary: "continue a prompt with a model (also: check that an export loads)",
  help: `Usage: trustspec generate --model NAME|DIR (--prompt TEXT | --user TEXT) [options]

Continues TEXT with an ONNX causal LM (a Hugging Face optimum export, or a model
named in trustspec.config.yaml, which may be one behind an OpenAI-compatible
server: kind openai-completions or openai-chat) and prints the continuation. With
--user (and --system), or --chat, the conversation is rendered with the model's
chat template (a chat endpoint gets the messages themselves) and the model answers
as the assistant; --json shows exactly what it was given (a server's model: no ids).

Options:
  --model NAME|DIR     model directory, or a model name from the config (required)
  --dtype NAME         the files to run: fp32 (model.onnx; or the config's dtype:), fp16,
                       q4, q4f16, int8, uint8, q8|quantized, bnb4 (model_q4.onnx…)
  --prompt TEXT        the prompt, as plain text
  --user TEXT          a user message, rendered with the model's chat template
  --system TEXT        a system message before it
  --chat               send --prompt as the one user message of a chat
  --no-chat            plain text only (the default for --prompt)
  --max-tokens N       new tokens at most (default 50)
  --temperature T      0 is greedy (default 0)
  --top-k K            keep the K most likely tokens, 0 = off (default 0)
  --top-p P            nucleus sampling mass, 1 = off (default 1)
  --samples N          continuations to draw (default 1)
  --seed S             random seed; the same seed gives the same text (default 0)
  --stop TEXT          stop before this text (repeatable)
  --json               print JSON: {model, prompt, input_text, input_ids, samples:
                       [{text, tokens, token_ids, finish}]} (input_text: the text the
                       tokenizer was given, null on a chat endpoint, which is sent the
                       messages; input_ids: the token ids fed to the model; token_ids:
                       the ids it generated)
  -h, --help           show this help

Exit codes: 0 done, 2 bad arguments, 3 the model failed to load or answer, or the prompt does not fit.
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        model: { type: "string" },
        ...DTYPE_OPTION,
        prompt: { type: "string" },
        ...CHAT_OPTIONS,
        ...Object.fromEntries(NUMBER_OPTIONS.map((o) => [o, { type: "string" as const }])),
        stop: { type: "string", multiple: true, default: [] },
        json: { type: "boolean" },
      },
      io,
    );
    if (typeof args === "number") return args;
    const v = args.values;
    const input = inputOptions(v, "prompt");
    const wrong = typeof v.model !== "string" ? "missing --model" : checkInputOptions(input);
    if (wrong !== undefined || typeof v.model !== "string") {
      io.stderr(`trustspec generate: ${wrong}\nRun 'trustspec generate --help' for usage.\n`);
      return EXIT.specError;
    }
    const numbers: Record<string, number> = {};
    for (const [name, fallback, integer, min, max] of [
      ["max-tokens", 50, true, 1, 8192],
      ["temperature", 0, false, 0, 10],
      ["top-k", 0, true, 0, 1e6],
      ["top-p", 1, false, 1e-9, 1],
      ["samples", 1, true, 1, 1000],
      ["seed", 0, true, 0, 4294967295],
    ] as const) {
      const raw = v[name];
      const n = raw === undefined ? fallback : Number(raw);
      if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
        io.stderr(
          `trustspec generate: --${name} must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}, not "${String(raw)}"\n`,
        );
        return EXIT.specError;
      }
      numbers[name] = n;
    }
    return withModel(
      v.model,
      io,
      "generate",
      async (model, target) => {
        const given = modelInput(target, input);
        if ("usage" in given) {
          io.stderr(`trustspec generate: ${given.usage}\n`);
          return EXIT.specError;
        }
        const [result] = await model.generate([
          {
            prompt: given.text,
            ...(given.messages !== undefined ? { messages: given.messages } : {}),
            ...(given.addSpecialTokens ? {} : { addSpecialTokens: false }),
            maxTokens: numbers["max-tokens"] as number,
            temperature: numbers.temperature as number,
            topK: numbers["top-k"] as number,
            topP: numbers["top-p"] as number,
            samples: numbers.samples as number,
            seed: numbers.seed as number,
            stop: v.stop as string[],
            stopTokenIds: [],
          },
        ]);
        if (!result?.ok) {
          io.stderr(
            `trustspec generate: the prompt and ${numbers["max-tokens"]} new tokens need ${result?.needed} positions; the model has ${result?.limit}\n  hint: shorten the prompt or lower --max-tokens\n`,
          );
          return EXIT.runtimeError;
        }
        if (v.json) {
          const samples = result.samples.map((s) => ({
            text: s.text,
            // A server's model: the count it gave, and no ids (null).
            tokens: target.remote === undefined ? s.tokenIds.length : (s.tokens ?? null),
            token_ids: target.remote === undefined ? s.tokenIds : null,
            finish: s.finish,
          }));
          const shown = {
            model: model.info.dir,
            prompt: v.prompt ?? null,
            ...(given.chat ? { messages: chatMessages(input) } : {}),
            // A chat endpoint is sent the messages: no text of trustspec's is tokenised (null, not "").
            input_text: target.remote?.kind === "openai-chat" ? null : given.text,
            input_ids: target.remote === undefined ? inputIds(model.info.dir, given) : null,
            samples,
          };
          io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
        } else if (result.samples.length === 1) {
          io.stdout(`${result.samples[0]?.text ?? ""}\n`);
        } else {
          for (const [i, s] of result.samples.entries()) io.stdout(`[${i}] ${s.text}\n`);
        }
        return EXIT.ok;
      },
      typeof v.dtype === "string" ? v.dtype : undefined,
    );
  },
};
