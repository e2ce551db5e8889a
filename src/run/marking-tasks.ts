import { setFlagsFromString } from "node:v8";

const FLAG = "incremental-marking-task";

/**
 * Stops V8 from starting incremental marking in tasks while the models run; returns the function
 * that lets it start them again (call it once the inference phase is over, also when it throws).
 *
 * Every decoding step's outputs — the logits and the whole KV cache again — are new ArrayBuffers.
 * With Jest's and trustspec's modules in the heap, V8 kept scheduling marking tasks during
 * generation: a cold `trustspec run` of the end-to-end bench's generation workload (stories260k,
 * 64 prompts × 5 samples × 50 tokens) made 12–15 full collections, 60–80 ms of them and as much
 * again of marking steps, most of which freed under 0.5 MB of heap. Without marking tasks it made 3,
 * and took 1.73–1.94 s against 2.15–2.22 s (three runs each, interleaved), at the same peak memory
 * (181–186 MB against 181–192): V8 still marks when an allocation limit is reached, and
 * generation's own scavenges (young-garbage.ts) still free each step's outputs.
 *
 * A process started with its own setting of the flag (`node --no-incremental-marking-task`, or in
 * NODE_OPTIONS) keeps it.
 */
export function pauseMarkingTasks(
  setFlags: (flags: string) => void = setFlagsFromString,
  nodeFlags: readonly string[] = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)],
): () => void {
  if (nodeFlags.some((flag) => flag.replace(/_/g, "-").includes(FLAG))) return () => {};
  setFlags(`--no-${FLAG}`);
  let paused = true;
  return () => {
    if (!paused) return;
    paused = false;
    setFlags(`--${FLAG}`);
  };
}
