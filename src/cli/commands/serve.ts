import type { ModelDriver } from "../../model/driver";
import type { ModelTarget } from "../../run/infer";
import { servedModel } from "../../serve/open-served";
import { type RunningServer, startServer } from "../../serve/server";
import { parseCommand } from "../args";
import type { Command } from "../command";
import type { Interruption } from "../interrupts";
import { type CliIO, EXIT } from "../io";
import { DTYPE_OPTION, withModel } from "../model-arg";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

export const serveCommand: Command = {
  name: "serve",
  summary: "serve a model over the OpenAI completions and chat API",
  help: `Usage: trustspec serve --model NAME|DIR [--port N] [--host H] [options]

Serves an ONNX causal LM over HTTP with the OpenAI API, as vLLM serves one, so other
tools (and trustspec's own openai-completions models) can use it:
  GET  /v1/models             the served model
  POST /v1/completions        prompt (a string or an array of strings), max_tokens
                              (default 16), temperature (default 1), top_p, top_k, n,
                              stop, stop_token_ids, seed, echo, logprobs (0 to 5),
                              add_special_tokens (false: no BOS added)
  POST /v1/chat/completions   messages, through the model's chat template
Generation is the driver's: the same prompt, settings and seed give the text
'trustspec generate' gives. A request without a seed gets a random one. With echo
and logprobs, every prompt token's log-probability (vLLM's prompt log-probs). No
streaming. Ctrl-C stops the server.

Options:
  --model NAME|DIR     model directory, or a model name from the config (required)
  --dtype NAME         the files to run: fp32 (model.onnx; or the config's dtype:), fp16,
                       q4, q4f16, int8, uint8, q8|quantized, bnb4 (model_q4.onnx…)
  --port N             the port to listen on (default 8000; 0 picks a free one)
  --host H             the address to listen on (default 127.0.0.1, this machine only;
                       0.0.0.0 is every interface: the server has no authentication)
  --served-name ID     the model's id in the API (default: --model NAME's name in the
                       config; --model DIR's folder name)
  --batch-size N       sequences per forward batch (default 8); results do not depend on it
  -h, --help           show this help

Exit codes: 130 when stopped with Ctrl-C (143 SIGTERM), 2 bad arguments, 3 the model
failed to load or the port cannot be listened on (in use, or not allowed).
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        model: { type: "string" },
        ...DTYPE_OPTION,
        port: { type: "string" },
        host: { type: "string" },
        "served-name": { type: "string" },
        "batch-size": { type: "string" },
      },
      io,
    );
    if (typeof args === "number") return args;
    const v = args.values;
    const usage = (message: string) => {
      io.stderr(`trustspec serve: ${message}\nRun 'trustspec serve --help' for usage.\n`);
      return EXIT.specError;
    };
    if (typeof v.model !== "string") return usage("missing --model");
    const port = whole(v.port, 8000, 0, 65535);
    if (port === undefined) return usage(`--port must be a whole number from 0 to 65535, not "${String(v.port)}"`);
    const batchSize = whole(v["batch-size"], 8, 1, 4096);
    if (batchSize === undefined) {
      return usage(`--batch-size must be a whole number from 1 to 4096, not "${String(v["batch-size"])}"`);
    }
    const host = typeof v.host === "string" ? v.host : "127.0.0.1";
    if (host === "") return usage("--host needs an address (127.0.0.1, 0.0.0.0, ::1, a host name)");
    const name = typeof v["served-name"] === "string" ? v["served-name"] : undefined;
    if (name === "") return usage("--served-name needs an id");
    return withModel(
      v.model,
      io,
      "serve",
      // A folder the config names keeps its settings (chat template, system: merge) but is served by
      // its folder's name when given as a folder: a config naming it does not change the id clients use.
      (driver, target, configured) =>
        serve(io, driver, target, configured && v.model === target.name, { host, port, name }),
      typeof v.dtype === "string" ? v.dtype : undefined,
      { batchSize },
    );
  },
};

function whole(raw: unknown, fallback: number, min: number, max: number): number | undefined {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  return typeof raw === "string" && raw.trim() !== "" && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

async function serve(
  io: CliIO,
  driver: ModelDriver,
  target: ModelTarget,
  configured: boolean,
  options: { host: string; port: number; name: string | undefined },
): Promise<number> {
  if (target.remote !== undefined) {
    await driver.close();
    io.stderr(
      `trustspec serve: ${target.name} is a model behind a server already (${target.remote.baseUrl}, kind: ${target.remote.kind}): trustspec serve serves a local ONNX model\n  hint: point other tools at ${target.remote.baseUrl} directly, or give --model a local model's name or directory\n`,
    );
    return EXIT.specError;
  }
  if (driver.info.kind !== "causal-lm" || driver.tokenLogprobs === undefined) {
    io.stderr(
      `${driver.info.dir}: error MODEL_WRONG_KIND: ${driver.info.dir} is a sequence classifier: trustspec serve serves causal language models (completions and chat)\n  hint: give a causal LM export (optimum-cli export onnx --task text-generation-with-past)\n`,
    );
    return EXIT.runtimeError;
  }
  const model = servedModel(driver, target, configured, options.name);
  let server: RunningServer;
  try {
    server = await startServer(model, {
      host: options.host,
      port: options.port,
      log: (line) => io.stderr(`trustspec serve: ${line}\n`),
    });
  } catch (e) {
    return listenFailed(io, e, options.host, options.port);
  }
  const url = `http://${urlHost(options.host)}:${server.port}/v1`;
  if (!LOOPBACK.has(options.host)) {
    io.stderr(
      `trustspec serve: warning: listening on ${options.host}: the server has no authentication; anyone who can reach this port can use the model\n`,
    );
  }
  io.stdout(
    `trustspec serve: serving ${model.id} at ${url} (Ctrl-C stops it)\n  try: curl ${url}/completions -H 'Content-Type: application/json' -d '${JSON.stringify({ model: model.id, prompt: "Once upon a time", max_tokens: 16 })}'\n`,
  );
  // Until an interruption (Ctrl-C): the process then exits with its code (130) once this cleanup has
  // stopped the server taking requests; in-process (tests) the command returns that code.
  const why = await new Promise<Interruption>((resolve) => {
    io.onInterrupt?.((interruption) => {
      if (interruption.cause !== "EPIPE") io.stderr(`\ntrustspec serve: stopped (${interruption.cause})\n`);
      void server.close();
      resolve(interruption);
    });
  });
  await server.close();
  return why.exitCode;
}

/** A host as a URL writes it: an IPv6 address in brackets, and "every interface" as this machine. */
function urlHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}

function listenFailed(io: CliIO, e: unknown, host: string, port: number): number {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const where = `${host}:${port}`;
  if (code === "EADDRINUSE") {
    io.stderr(
      `trustspec serve: cannot listen on ${where}: the port is in use (another server?)\n  hint: stop what listens there, or give another port: --port ${port === 65535 ? 8001 : port + 1}\n`,
    );
    return EXIT.runtimeError;
  }
  if (code === "EACCES") {
    io.stderr(
      `trustspec serve: cannot listen on ${where}: not allowed (ports below 1024 need privileges)\n  hint: give a port from 1024 up: --port 8000\n`,
    );
    return EXIT.runtimeError;
  }
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND" || code === "EAI_AGAIN") {
    io.stderr(
      `trustspec serve: cannot listen on ${where}: ${host} is not an address of this machine\n  hint: --host 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)\n`,
    );
    return EXIT.specError;
  }
  io.stderr(`trustspec serve: cannot listen on ${where}: ${e instanceof Error ? e.message : String(e)}\n`);
  return EXIT.runtimeError;
}
