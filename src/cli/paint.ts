import chalk from "chalk";
import { type Paint, PLAIN } from "../spec/format-problems";
import type { CliIO } from "./io";

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}

export function paintFor(io: CliIO): Paint {
  if (!useColor(io)) return PLAIN;
  const c = new chalk.Instance({ level: 1 });
  return { error: c.red.bold, warning: c.yellow.bold, dim: c.dim, bold: c.bold, caret: c.red };
}
