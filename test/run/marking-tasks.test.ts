import { spawnSync } from "node:child_process";
import { pauseMarkingTasks } from "../../src/run/marking-tasks";

describe("pauseMarkingTasks", () => {
  it("turns V8's marking tasks off, and back on once when resumed", () => {
    const set: string[] = [];
    const resume = pauseMarkingTasks((flags) => set.push(flags), []);
    expect(set).toEqual(["--no-incremental-marking-task"]);
    resume();
    resume();
    expect(set).toEqual(["--no-incremental-marking-task", "--incremental-marking-task"]);
  });

  it("leaves the flag alone when the process was started with its own setting of it", () => {
    for (const given of [
      ["--no-incremental-marking-task"],
      ["--max-old-space-size=4096", "--incremental_marking_task"],
    ]) {
      const set: string[] = [];
      pauseMarkingTasks((flags) => set.push(flags), given)();
      expect(set).toEqual([]);
    }
  });

  it("names a flag this Node's V8 has (an unknown flag would be ignored without a word)", () => {
    const options = spawnSync(process.execPath, ["--v8-options"], { encoding: "utf8" });
    expect(options.stdout).toMatch(/^\s*--incremental-marking-task\b/m);
  });
});
