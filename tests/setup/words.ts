// Unit tests call the charts and credit lines directly: load the locale's words first, as a page does.
import "../../src/content/ui.ts";
