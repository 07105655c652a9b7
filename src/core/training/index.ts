/** Training (đào tạo, bồi dưỡng): course-type normalisation, training-list figures and the TRAINING custom function's figure. */
export * from './course-types';
export * from './summarize';
export * from './formulas';
