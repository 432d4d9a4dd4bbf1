
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's061a01f091de6d3d': `Free:`,
's0c901f1d52634de6': `Source:`,
's12fcdf1f4cead45d': `(opens in a new tab)`,
's1613617eb73ad1b8': `The offices listed have no coordinates.`,
's17ffc0a3ad642061': `Services a clinic may charge for`,
's1be154622cb4044c': str`${0} offices`,
's1be158622cb40b18': str`${0} office`,
's1be1c2622cb4bf36': str`${0} offices`,
's1c456d2c1835b609': `Previous`,
's2395eb660134f753': str`${0}–${1} of ${2}`,
's27e2df2c6f319c6b': `All`,
's288379b1fd5551b5': `Near me`,
's29bfcf8dc7aec36f': `Insurer`,
's31bc476c463aba32': `Yandex Maps`,
's4b713d3229cd7820': `Your situation`,
's65ccfc198e1f860d': `Nothing found.`,
's6665053cd6970f90': `Finding your location…`,
's66afd2fcf3c450a4': str`The data file ${0} did not load in time.`,
's7f246d26e7c98c16': `No access to your location.`,
's7f5c7af1f9d9e736': `City`,
's807fc554922f4741': `The information cannot be shown.`,
's8181ab750e6a35be': str`The server answered the request for the data file ${0} with error ${1}.`,
's84261cde4a086ddc': str`The data file ${0} is damaged: it is not JSON.`,
's8aa6c3fc7b7d802e': `Who issues the policy`,
's931b0079f56a334b': `Offices issuing OMS policies`,
's994643212cf3ccee': `Street or insurer`,
'sa021b7d46d86f205': `Next`,
'sa7894896d6c8cf02': `Closed now`,
'saac1da296db3cb25': `Documents`,
'sac34b85ad717a0bb': str`The data file ${0} is unavailable: the server cannot be reached.`,
'sb674bc75476fa64f': `Free under OMS`,
'sb7a0423741ecc7c5': `Nearest to you first.`,
'sbe29564d638a7e5f': str`Checked ${0}.`,
'sc0a0733be9adf934': str`The data file ${0} does not match the schema: ${1}.`,
'sc65947d024dc4fdd': `Free under OMS when conditions are met`,
'sc7aba2e026f99170': str`${0} error`,
'sc7abaae026f99f08': str`${0} errors`,
'sc7c134e02712abe2': str`${0} errors`,
'se1a251dd7aa1fd0a': `May be charged for`,
'se2dbe2bd0f41af0d': `Loading data…`,
'se71077ceef5cf017': `Open now`,
'sf49b6b1bdf4a88b6': `(local time)`,
'sfa78c21376b76cd9': `What do you need? For example: haemodialysis, IVF, vaccination`,
'sfdb6da5b110922a6': str`${0} km from you`,
'sfe5f0b0d2f9f85d3': `Free, but funded from the budget rather than by OMS`,
    };
  