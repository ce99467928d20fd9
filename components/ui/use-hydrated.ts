"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False while the server renders (and during hydration), true in the browser from then on. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
