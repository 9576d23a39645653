/// <reference types="astro/client" />
// Types for import.meta.env and .astro modules without a prior `astro sync` (a fresh clone typechecks before it builds).
