declare module 'datapackage' {
  /** A resource of a loaded package (frictionlessdata/datapackage-js 1.x): what the tests use of it. */
  export interface Resource {
    readonly name: string;
    readonly tabular: boolean;
    /** The rows; with `cast`, every cell cast to its field's type, throwing on the first row that does not cast. */
    read(options?: { cast?: boolean; keyed?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    /** Loads a descriptor (a path, URL or object); resource paths resolve against its folder. */
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
