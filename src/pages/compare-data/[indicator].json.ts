import { compareJson, compareJsonPaths } from '../../site/compare-json.ts';

export const getStaticPaths = () => compareJsonPaths('zh-CN', import.meta.env.BASE_URL);
export const GET = compareJson;
