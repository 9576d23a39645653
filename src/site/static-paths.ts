/** getStaticPaths for the dynamic routes, shared by both editions. */
import { siteData } from '../data/site-data.ts';
import { indicatorsInUse } from '../derived/indicator-rows.ts';

export const parkPaths = () => siteData().dataset.parks.map((p) => ({ params: { id: p.id } }));
export const sourcePaths = () => siteData().dataset.documents.map((d) => ({ params: { doc: d.id } }));
export const indicatorPaths = () => indicatorsInUse(siteData().dataset).map((u) => ({ params: { id: u.def.id } }));
