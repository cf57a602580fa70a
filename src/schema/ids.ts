import { z } from "zod";

export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id");

/** A seed id as listed in seeds/sources.yaml, e.g. "003". */
export const seedId = z.string().regex(/^[a-z0-9-]+$/, 'expected a seed id such as "003"');
