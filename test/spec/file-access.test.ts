import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diskFiles, memoryFiles, readText } from "../../src/spec/file-access";

/**
 * The one reader every spec, config, partial, dataset and slot file goes through: regular files
 * only, checked with stat before anything is opened (a FIFO blocked `validate` forever, /dev/zero
 * took it to 16 GB), and at most the size limit, whatever the file's size claims to be.
 */

let dir: string;
beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-file-access-")));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const MB = 1024 * 1024;

describe("diskFiles.read", () => {
  it("reads a regular file's UTF-8 text", () => {
    writeFileSync(join(dir, "a.txt"), "héllo\n");
    expect(diskFiles.read(join(dir, "a.txt"))).toBe("héllo\n");
    expect(readText(diskFiles, join(dir, "a.txt"), { maxBytes: 7 })).toEqual({ text: "héllo\n" });
  });

  it("refuses a named pipe without opening it (opening one blocks until a writer comes)", () => {
    const fifo = join(dir, "pipe.jsonl");
    const made = spawnSync("mkfifo", [fifo]);
    if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
    // Were the pipe opened, this call would never return and the test would time out.
    expect(readText(diskFiles, fifo)).toMatchObject({ reason: "special", kind: "a named pipe (FIFO)" });
  });

  it("refuses /dev/zero at once instead of reading it until memory runs out", () => {
    expect(readText(diskFiles, "/dev/zero")).toMatchObject({ reason: "special", kind: "a character device" });
    expect(readText(diskFiles, "/dev/null")).toMatchObject({ reason: "special" });
  });

  it("refuses a directory", () => {
    expect(readText(diskFiles, dir)).toMatchObject({ reason: "directory" });
  });

  it("refuses a file over the limit from its size alone: a 2 GB sparse file is never read", () => {
    const big = join(dir, "big.jsonl");
    writeFileSync(big, "");
    truncateSync(big, 2048 * MB);
    expect(readText(diskFiles, big)).toMatchObject({ reason: "too-large", size: 2048 * MB, limit: 256 * MB });
    expect(readText(diskFiles, big, { maxBytes: 10 })).toMatchObject({ reason: "too-large", limit: 10 });
  });

  const onLinux = existsSync("/proc/self/environ") ? it : it.skip;
  onLinux("stops at the limit when a file is larger than stat says, as /proc files are", () => {
    const environ = "/proc/self/environ";
    expect(readText(diskFiles, environ, { maxBytes: 8 })).toMatchObject({ reason: "too-large", limit: 8 });
  });

  it("follows a symbolic link to a regular file, and refuses one to a device", () => {
    writeFileSync(join(dir, "target.txt"), "linked\n");
    symlinkSync(join(dir, "target.txt"), join(dir, "link.txt"));
    symlinkSync("/dev/zero", join(dir, "zero.jsonl"));
    expect(diskFiles.read(join(dir, "link.txt"))).toBe("linked\n");
    expect(readText(diskFiles, join(dir, "zero.jsonl"))).toMatchObject({ reason: "special" });
  });
});

describe("realpath", () => {
  it("follows links, and for a path that does not exist the links of its existing ancestors", () => {
    mkdirSync(join(dir, "real"));
    symlinkSync(join(dir, "real"), join(dir, "alias"));
    expect(diskFiles.realpath?.(join(dir, "alias", "x", "..", "y.jsonl"))).toBe(join(dir, "real", "y.jsonl"));
    expect(diskFiles.realpath?.(join(dir, "alias", "missing", "y.jsonl"))).toBe(
      join(dir, "real", "missing", "y.jsonl"),
    );
  });
});

describe("memoryFiles", () => {
  it("applies the size limit and decodes bytes as disk files are", () => {
    const files = memoryFiles({ "/p/a.txt": "0123456789", "/p/b.txt": Buffer.from([0x61, 0xff]) });
    expect(readText(files, "/p/a.txt", { maxBytes: 9 })).toMatchObject({ reason: "too-large", size: 10, limit: 9 });
    expect(readText(files, "/p/b.txt")).toMatchObject({ reason: "encoding", code: "EILSEQ", byteOffset: 1 });
  });
});
