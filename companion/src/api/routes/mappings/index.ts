import type { AnyRoute } from '../../define-route';
import { createMapping } from './create-mapping';
import { deleteMapping } from './delete-mapping';
import { exportMapping } from './export-mapping';
import { getMapping } from './get-mapping';
import { importMapping } from './import-mapping';
import { listMappingVersions } from './list-mapping-versions';
import { listMappings } from './list-mappings';
import { updateMapping } from './update-mapping';
import { validateMapping } from './validate-mapping';

/** Every mappings endpoint, one file each beside this one. */
export const mappingsRoutes: AnyRoute[] = [
    listMappings,
    createMapping,
    importMapping,
    getMapping,
    listMappingVersions,
    updateMapping,
    deleteMapping,
    validateMapping,
    exportMapping
];
