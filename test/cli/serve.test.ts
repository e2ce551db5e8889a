/** @jest-environment ./test/support/onnx-environment.js */

import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Interruption } from "../../src/cli/interrupts";
import type { CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { buildBertClassifier, TINY_BERT } from "../../src/model/build/bert";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { call } from "../support/http-client";

/**
 * `trustspec serve` as the CLI runs it, in-process: the interruption hook stands in for Ctrl-C
 * (the real process exits with its code once the cleanup has run).
 */
let root: string;
let model: string;
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-serve-cli-")));
  model = join(root, "tiny-gpt2");
  writeModelDir(model, buildTestDecoder("gpt2"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the command until it prints where it listens (or ends); `interrupt` stops it as Ctrl-C would. */
function start(args: string[], cwd = root) {
  let stdout = "";
  let stderr = "";
  let cleanup: ((why: Interruption) => void) | undefined;
  let listening: (() => void) | undefined;
  const ready = new Promise<void>((resolve) => {
    listening = resolve;
  });
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
      listening?.();
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd,
    env: {},
    isTTY: false,
    onInterrupt: (c) => {
      cleanup = c;
      return () => {
        cleanup = undefined;
      };
    },
  };
  const done = main(["serve", ...args], io);
  return {
    done,
    ready: Promise.race([ready, done]),
    out: () => ({ stdout, stderr }),
    interrupt: (why: Interruption) => cleanup?.(why),
  };
}

describe("trustspec serve", () => {
  it("prints where it listens and the curl to try, answers, and stops on Ctrl-C with 130", async () => {
    const s = start(["--model", model, "--port", "0"]);
    await s.ready;
    const { stdout } = s.out();
    const url = /serving tiny-gpt2 at (http:\/\/127\.0\.0\.1:(\d+)\/v1) \(Ctrl-C stops it\)/.exec(stdout);
    expect(url).not.toBeNull();
    expect(stdout).toContain(`try: curl ${url?.[1]}/completions`);
    const port = Number(url?.[2]);
    const models = await call(port, "GET", "/v1/models");
    expect(models.json).toMatchObject({ data: [{ id: "tiny-gpt2" }] });
    s.interrupt({ cause: "SIGINT", exitCode: 130 });
    expect(await s.done).toBe(130);
    expect(s.out().stderr).toBe("\ntrustspec serve: stopped (SIGINT)\n");
    await expect(call(port, "GET", "/v1/models")).rejects.toThrow(/ECONNREFUSED/);
  });

  it("--served-name names the model; --host 0.0.0.0 warns that there is no authentication", async () => {
    const s = start(["--model", model, "--port", "0", "--host", "0.0.0.0", "--served-name", "story-model"]);
    await s.ready;
    expect(s.out().stderr).toMatch(
      /^trustspec serve: warning: listening on 0\.0\.0\.0: the server has no authentication/,
    );
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(s.out().stdout)?.[1]);
    const models = await call(port, "GET", "/v1/models");
    expect(models.json).toMatchObject({ data: [{ id: "story-model" }] });
    s.interrupt({ cause: "SIGTERM", exitCode: 143 });
    expect(await s.done).toBe(143);
  });

  it("--model NAME is served by its config name; --model DIR by its folder's name, even when the config names it", async () => {
    const project = join(root, "project");
    writeModelDir(join(project, "models", "tiny-gpt2"), buildTestDecoder("gpt2"));
    writeFileSync(
      join(project, "trustspec.config.yaml"),
      "version: 1\nmodels:\n  candidate: { path: models/tiny-gpt2 }\n",
    );
    // Served as the config's name, a folder given by its path would turn a client's `model: tiny-gpt2`
    // into a 404 from the moment a config names the folder.
    for (const [arg, id] of [
      ["candidate", "candidate"],
      ["models/tiny-gpt2", "tiny-gpt2"],
    ]) {
      const s = start(["--model", arg as string, "--port", "0"], project);
      await s.ready;
      try {
        expect(s.out().stdout).toContain(`serving ${id} at`);
        const port = Number(/127\.0\.0\.1:(\d+)/.exec(s.out().stdout)?.[1]);
        expect((await call(port, "GET", "/v1/models")).json).toMatchObject({ data: [{ id }] });
      } finally {
        s.interrupt({ cause: "SIGINT", exitCode: 130 });
        await s.done;
      }
    }
  });

  it("a port in use: exit 3 with the port and what to do, no stack", async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const s = start(["--model", model, "--port", String(port)]);
      expect(await s.done).toBe(3);
      const { stdout, stderr } = s.out();
      expect(stdout).toBe("");
      expect(stderr).toBe(
        `trustspec serve: cannot listen on 127.0.0.1:${port}: the port is in use (another server?)\n  hint: stop what listens there, or give another port: --port ${port + 1}\n`,
      );
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it.each([
    [["--port", "80000"], /--port must be a whole number from 0 to 65535, not "80000"/],
    [["--port", "x"], /--port must be a whole number/],
    [["--batch-size", "0"], /--batch-size must be a whole number from 1/],
    [["--served-name", ""], /--served-name needs an id/],
  ])("bad arguments %j: exit 2 before the model loads", async (args, message) => {
    const s = start(["--model", model, ...args]);
    expect(await s.done).toBe(2);
    expect(s.out().stderr).toMatch(message);
  });

  it("a sequence classifier: exit 3, MODEL_WRONG_KIND, as generate says it", async () => {
    const classifier = join(root, "classifier");
    writeModelDir(classifier, buildBertClassifier(TINY_BERT));
    const s = start(["--model", classifier, "--port", "0"]);
    expect(await s.done).toBe(3);
    expect(s.out()).toEqual({
      stdout: "",
      stderr: expect.stringMatching(
        /error MODEL_WRONG_KIND: .* is a sequence classifier: trustspec serve serves causal language models/,
      ),
    });
  });

  it("a model behind a server already (kind: openai-completions): exit 2, naming its base_url", async () => {
    const project = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-serve-remote-")));
    try {
      writeFileSync(
        join(project, "trustspec.config.yaml"),
        "version: 1\nmodels:\n  served: { kind: openai-completions, base_url: 'http://127.0.0.1:9/v1', model: m }\n",
      );
      const s = start(["--model", "served", "--port", "0"], project);
      expect(await s.done).toBe(2);
      expect(s.out().stderr).toMatch(
        /served is a model behind a server already \(http:\/\/127\.0\.0\.1:9\/v1, kind: openai-completions\): trustspec serve serves a local ONNX model\n {2}hint: /,
      );
      expect(s.out().stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it("without --model: exit 2", async () => {
    const s = start([]);
    expect(await s.done).toBe(2);
    expect(s.out().stderr).toMatch(/missing --model/);
  });
});
