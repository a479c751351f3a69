// The sandbox set-up the isolation settings ask for, in one place: `passk evaluate` reads it from its
// flags twice (ahead of commander, to start its first fork server early, and after), and the two must
// agree for the early server to be taken.
import type { SandboxOptions } from "./pool.js";

/** The settings that choose the sandbox (see the settings table: isolation, bubblewrap, seccomp, python). */
export interface IsolationSettings {
  isolation?: string | undefined;
  bubblewrap?: boolean | undefined;
  seccomp?: boolean | undefined;
  python?: string | undefined;
}

/** "full" requires every layer; a layer turned off is off; otherwise each is used when available. */
export function sandboxSetup(settings: IsolationSettings): Omit<SandboxOptions, "workers"> {
  const layer = (on: boolean | undefined) =>
    on === false ? "off" : settings.isolation === "full" ? "require" : "auto";
  return {
    bubblewrap: layer(settings.bubblewrap),
    seccomp: layer(settings.seccomp),
    ...(settings.python ? { python: settings.python } : {}),
  };
}
