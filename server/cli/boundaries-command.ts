import { Command } from 'commander';
import { withDbOption, type DbFlag } from './cli-config.ts';
import { printTable } from './print-table.ts';
import { withDb } from './with-db.ts';

interface LoadOptions extends DbFlag {
  layer: string;
  name: string;
  codeProperty: string;
  nameProperty: string;
}

export function boundariesCommand(): Command {
  return new Command('boundaries')
    .description('load, list and remove boundary layers (areas contacts are counted in)')
    .addCommand(loadCommand())
    .addCommand(listCommand())
    .addCommand(removeCommand());
}

function loadCommand(): Command {
  return withDbOption(new Command('load'))
    .description('store a layer from a GeoJSON FeatureCollection (WGS84) and assign every contact to it')
    .argument('<file>', 'GeoJSON file of Polygon/MultiPolygon features')
    .requiredOption('--layer <id>', 'layer id, e.g. lsoa11 (replaces a layer with that id)')
    .requiredOption('--name <name>', 'display name, e.g. "LSOA 2011"')
    .requiredOption('--code-property <property>', 'feature property with the area code, e.g. LSOA11CD')
    .requiredOption('--name-property <property>', 'feature property with the area name, e.g. LSOA11NM')
    .action(async (file: string, o: LoadOptions) => {
      const { loadBoundaryLayer } = await import('../ingest/boundaries/load-boundary-layer.ts');
      const spec = {
        file,
        layerId: o.layer,
        name: o.name,
        codeProperty: o.codeProperty,
        nameProperty: o.nameProperty,
      };
      const r = await withDb(o.db, (db) => loadBoundaryLayer(db, spec));
      console.log(
        `${r.replaced ? 'Replaced' : 'Loaded'} layer ${r.layerId}: ${r.areas} areas, ${r.lookupCells} lookup cells, ` +
          `in ${r.ms} ms.`,
      );
      console.log(
        `Contacts: ${r.contacts.assigned} in an area, ${r.contacts.outOfArea} out of area (kept, flagged), ` +
          `${r.contacts.unlocated} without coordinates.`,
      );
      if (r.areaDataDropped > 0)
        console.log(
          `${r.areaDataDropped} population/deprivation value(s) dropped: their codes left the layer.`,
        );
    });
}

function listCommand(): Command {
  return withDbOption(new Command('list'))
    .description('list the boundary layers with their areas and data')
    .action(async (o: DbFlag) => {
      const { layerSummaries } = await import('../queries/areas-admin.ts');
      const layers = await withDb(o.db, layerSummaries, { mustExist: true });
      printTable(
        ['LAYER', 'NAME', 'AREAS', 'POPULATION', 'DEPRIVATION', 'CONTACT TAGS', 'SOURCE'],
        layers.map((l) => [
          l.id,
          l.name,
          String(l.areas),
          String(l.with_population),
          String(l.with_deprivation),
          String(l.contacts),
          l.source ?? '',
        ]),
        '(no boundary layers)',
      );
    });
}

function removeCommand(): Command {
  return withDbOption(new Command('remove'))
    .description('remove a layer, its areas and its contact assignments')
    .requiredOption('--layer <id>', 'layer id')
    .action(async (o: DbFlag & { layer: string }) => {
      const { removeBoundaryLayer } = await import('../ingest/boundaries/remove-boundary-layer.ts');
      const r = await withDb(o.db, (db) => removeBoundaryLayer(db, o.layer), { mustExist: true });
      console.log(`Removed layer ${o.layer}. Contacts now out of area: ${r.outOfArea}.`);
    });
}
