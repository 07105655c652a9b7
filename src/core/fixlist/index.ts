/** What each unit has to fix and send back (issue 10 item 5): the GuiLai sheet and the text the pane copies. */
export { fixList, fixText, fixPlace, type UnitFixes, type FixItem } from './fix-list';
export { fixListSheet, FIX_LIST_SHEET } from './fix-sheet';
