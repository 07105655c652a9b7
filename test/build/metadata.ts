/** Shapes of the custom-functions metadata (functions.json), as the tests read them. */

export interface CfParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

export interface CfFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: CfParameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

export interface CfMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  allowErrorForDataTypeAny?: boolean;
  functions: CfFunction[];
}

export interface ViTable {
  functions: Record<
    string,
    { name: string; description: string; parameters?: Record<string, { name: string; description: string }> }
  >;
}

/** Dimensionality with the metadata default (scalar) filled in. */
export const dims = (x: { dimensionality?: string }): string => x.dimensionality ?? 'scalar';
/** Type with the metadata default (any) filled in. */
export const typeOf = (x: { type?: string }): string => x.type ?? 'any';
