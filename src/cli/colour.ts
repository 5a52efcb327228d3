/** chalk's colour levels: none, 16 colours, 256 colours, true colour. */
export type ColourLevel = 0 | 1 | 2 | 3;

export interface ColourSettings {
  /** --color (true) or --no-color (false); undefined when neither was given. */
  flag: boolean | undefined;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/**
 * Whether and how much to colour, decided once for chalk and the tables alike, since chalk
 * alone ignores NO_COLOR. Precedence: --color/--no-color, then FORCE_COLOR, then NO_COLOR (any
 * non-empty value), then whether stdout is a terminal (and TERM is not "dumb").
 */
export function colourLevel({ flag, env, isTTY }: ColourSettings): ColourLevel {
  if (flag === false) return 0;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (flag === true) return forced === undefined || forced === 0 ? Math.max(1, terminalLevel(env)) as ColourLevel : forced;
  if (forced !== undefined) return forced;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return terminalLevel(env);
}

function forcedLevel(value: string | undefined): ColourLevel | undefined {
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const level = Number.parseInt(value, 10);
  if (Number.isNaN(level)) return 1;
  return Math.min(3, Math.max(0, level)) as ColourLevel;
}

function terminalLevel(env: NodeJS.ProcessEnv): ColourLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}
