import type { JestEnvironment } from "@jest/environment";
import { type AssertionResult, createEmptyTestResult, type TestResult } from "@jest/test-result";
import type { Config } from "@jest/types";
import { flattenErrorStack, formatExecError, formatResultsErrors } from "jest-message-util";
import type Runtime from "jest-runtime";
import { SPEC_SUFFIX } from "../spec/find-specs";

type SendMessage = (eventName: string, args: unknown[]) => void;
type TestFramework = (
  globalConfig: Config.GlobalConfig,
  config: Config.ProjectConfig,
  environment: JestEnvironment,
  runtime: Runtime,
  testPath: string,
  sendMessageToJest?: SendMessage,
) => Promise<TestResult>;

type Fn = () => unknown;

interface Block {
  readonly kind: "block";
  readonly title: string;
  readonly children: (Block | Case)[];
  readonly beforeAll: Fn[];
  readonly afterAll: Fn[];
}

interface Case {
  readonly kind: "case";
  readonly title: string;
  readonly fn: Fn;
  /** The titles of the describe blocks around it, outermost first. */
  readonly ancestors: readonly string[];
}

/**
 * The test framework of spec files (Jest's `testRunner`): what a compiled spec needs of one —
 * `describe`, `test`, `beforeAll` and `afterAll`, run in order, `-t` honoured as jest-circus honours
 * it, results and failure messages in Jest's shape — and nothing else. jest-circus loads `expect`,
 * snapshots and its own state machine into every test file's sandbox, which no suite uses: a cached
 * `trustspec run` of one spec file took 0.42–0.54 s against 0.50–0.61 s on jest-circus, and 7 MB
 * less memory (four runs each, interleaved). Any other test file (a project that mixes its own tests
 * into the preset), and a project with `setupFilesAfterEnv` (which may use what only jest-circus
 * offers), run on jest-circus, Jest's default. test/jest/test-framework.test.ts holds the two to the
 * same results.
 */
const trustspecFramework: TestFramework = async (globalConfig, config, environment, runtime, testPath, send) => {
  if (!testPath.endsWith(SPEC_SUFFIX) || config.setupFilesAfterEnv.length > 0) {
    const circus = require("jest-circus/runner") as { default: TestFramework };
    return circus.default(globalConfig, config, environment, runtime, testPath, send);
  }
  const root: Block = { kind: "block", title: "", children: [], beforeAll: [], afterAll: [] };
  let current = root;
  const ancestors: string[] = [];
  const globals = {
    describe(title: string, body: Fn) {
      const block: Block = { kind: "block", title, children: [], beforeAll: [], afterAll: [] };
      current.children.push(block);
      const outer = current;
      current = block;
      ancestors.push(title);
      try {
        body();
      } finally {
        ancestors.pop();
        current = outer;
      }
    },
    test(title: string, fn: Fn) {
      current.children.push({ kind: "case", title, fn, ancestors: [...ancestors] });
    },
    beforeAll(fn: Fn) {
      current.beforeAll.push(fn);
    },
    afterAll(fn: Fn) {
      current.afterAll.push(fn);
    },
  };
  runtime.setGlobalsForRuntime(globals as unknown as Parameters<Runtime["setGlobalsForRuntime"]>[0]);
  runtime.requireModule(testPath);

  const pattern = globalConfig.testNamePattern ? new RegExp(globalConfig.testNamePattern, "i") : undefined;
  const fullName = (c: Case) => [...c.ancestors, c.title].join(" ");
  const selected = (c: Case) => !pattern || pattern.test(fullName(c));
  const hasSelected = (block: Block): boolean =>
    block.children.some((child) => (child.kind === "block" ? hasSelected(child) : selected(child)));
  const results: AssertionResult[] = [];
  const unhandled: Error[] = [];

  const record = (c: Case, status: AssertionResult["status"], errors: Error[], duration: number | null) => {
    const result: AssertionResult = {
      ancestorTitles: [...c.ancestors],
      duration,
      failureDetails: errors,
      failureMessages: errors.map((e) => flattenErrorStack(e)),
      fullName: fullName(c),
      invocations: status === "pending" ? 0 : 1,
      location: null,
      numPassingAsserts: 0,
      retryReasons: [],
      status,
      title: c.title,
    };
    results.push(result);
    // As jest-circus reports to reporters' onTestCaseResult: the tests that ran, not the skipped.
    if (status !== "pending") send?.("test-case-result", [testPath, result]);
  };
  const started = (c: Case) =>
    send?.("test-case-start", [
      testPath,
      { ancestorTitles: [...c.ancestors], fullName: fullName(c), title: c.title, startedAt: Date.now() },
    ]);
  const skipAll = (block: Block) => {
    for (const child of block.children) {
      if (child.kind === "block") skipAll(child);
      else record(child, "pending", [], null);
    }
  };
  const runBlock = async (block: Block): Promise<void> => {
    if (!hasSelected(block)) return skipAll(block);
    // As in jest-circus: a failed beforeAll fails each test of its block, which then does not run.
    let before: Error | undefined;
    for (const hook of block.beforeAll) {
      try {
        await hook();
      } catch (e) {
        before = asError(e);
        break;
      }
    }
    for (const child of block.children) {
      if (child.kind === "block") await runBlock(child);
      else if (!selected(child)) record(child, "pending", [], null);
      else {
        started(child);
        const start = Date.now();
        if (before) record(child, "failed", [before], 0);
        else {
          try {
            await child.fn();
            record(child, "passed", [], Date.now() - start);
          } catch (e) {
            record(child, "failed", [asError(e)], Date.now() - start);
          }
        }
      }
    }
    for (const hook of block.afterAll) {
      try {
        await hook();
      } catch (e) {
        unhandled.push(asError(e));
      }
    }
  };
  await runBlock(root);

  const count = (status: AssertionResult["status"]) => results.filter((r) => r.status === status).length;
  let failureMessage = formatResultsErrors(results, config, globalConfig, testPath);
  const empty = createEmptyTestResult();
  if (unhandled.length > 0) {
    const execErrors = unhandled.map((e) => formatExecError(e, config, globalConfig));
    failureMessage = `${failureMessage ?? ""}\n\n${execErrors.join("\n")}`;
  }
  return {
    ...empty,
    displayName: config.displayName,
    failureMessage,
    numFailingTests: count("failed"),
    numPassingTests: count("passed"),
    numPendingTests: count("pending"),
    numTodoTests: 0,
    ...(unhandled.length > 0
      ? { testExecError: { message: "", stack: unhandled.map((e) => flattenErrorStack(e)).join("\n") } }
      : {}),
    testFilePath: testPath,
    testResults: results,
  };
};

/** A thrown value as an Error (a suite throws Errors; anything else is named by its value). */
function asError(e: unknown): Error {
  return e instanceof Error || (typeof e === "object" && e !== null && "stack" in e && "message" in e)
    ? (e as Error)
    : new Error(`thrown: ${String(e)}`);
}

export default trustspecFramework;
