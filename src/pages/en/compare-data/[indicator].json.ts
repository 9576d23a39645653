import { compareJson, compareJsonPaths } from '../../../site/compare-json.ts';

export const getStaticPaths = () => compareJsonPaths('en', import.meta.env.BASE_URL);
export const GET = compareJson;
