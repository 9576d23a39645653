import { compareJson, compareJsonPaths } from '../../../lib/compare-json.ts';

export const getStaticPaths = () => compareJsonPaths('en', import.meta.env.BASE_URL);
export const GET = compareJson;
