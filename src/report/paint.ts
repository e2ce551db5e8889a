import chalk from "chalk";
import { type Paint, PLAIN } from "../spec/format-problems";

/** What decides colour: the environment and whether the output is a terminal. */
export interface ColorSetting {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: ColorSetting): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}

export function paintFor(io: ColorSetting): Paint {
  if (!useColor(io)) return PLAIN;
  const c = new chalk.Instance({ level: 1 });
  return { error: c.red.bold, warning: c.yellow.bold, dim: c.dim, bold: c.bold, caret: c.red };
}
