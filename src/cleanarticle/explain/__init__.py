"""Explaining the cuts: where each was (``location``), the catalogue of rule ids (``rules``),
``--explain`` grouping (``grouping``), the visual report (``report``) and batch statistics
(``stats``). Nothing here changes what is extracted."""
