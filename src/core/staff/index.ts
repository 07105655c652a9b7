/** Staff (nhân sự): category normalisation, staff-list figures and the STAFF custom function's figure. */
export * from './category-set';
export * from './categories';
export * from './summarize';
export * from './formulas';
