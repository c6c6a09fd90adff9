import { l as loaderName } from './chunk-BQbnCg6V.js';

// src/formats/pickle/allowlist.ts
var DERIVED_ALLOWLIST = [
  "_codecs.encode",
  // checkpoint data classes
  "argparse.Namespace",
  // checkpoint argparse
  // checkpoint data classes
  "builtins.Ellipsis",
  "builtins.NotImplemented",
  "builtins.bool",
  "builtins.bytearray",
  "builtins.bytes",
  "builtins.complex",
  "builtins.dict",
  "builtins.float",
  "builtins.frozenset",
  "builtins.int",
  "builtins.list",
  "builtins.object",
  "builtins.range",
  "builtins.set",
  "builtins.slice",
  "builtins.str",
  "builtins.tuple",
  "builtins.type",
  "collections.ChainMap",
  "collections.Counter",
  "collections.OrderedDict",
  // checkpoint argparse
  // checkpoint data classes
  "collections.defaultdict",
  "collections.deque",
  "copyreg._reconstructor",
  // data classes
  // checkpoint data classes
  "datetime.date",
  "datetime.datetime",
  "datetime.time",
  "datetime.timedelta",
  "datetime.timezone",
  "dateutil.relativedelta.relativedelta",
  // pandas scalars
  // checkpoint data classes
  "decimal.Decimal",
  "fractions.Fraction",
  "functools.partial",
  // qat prepared
  "joblib.numpy_pickle.NumpyArrayWrapper",
  // sklearn ARDRegression regression
  // numpy scalar types
  "numpy.bool_",
  "numpy.bytes_",
  "numpy.chararray",
  // numpy chararray
  // numpy scalar types
  "numpy.complex128",
  "numpy.complex256",
  "numpy.complex64",
  // numpy ufuncs
  "numpy.core._multiarray_umath.absolute",
  "numpy.core._multiarray_umath.add",
  "numpy.core._multiarray_umath.arccos",
  "numpy.core._multiarray_umath.arccosh",
  "numpy.core._multiarray_umath.arcsin",
  "numpy.core._multiarray_umath.arcsinh",
  "numpy.core._multiarray_umath.arctan",
  "numpy.core._multiarray_umath.arctan2",
  "numpy.core._multiarray_umath.arctanh",
  "numpy.core._multiarray_umath.bitwise_and",
  "numpy.core._multiarray_umath.bitwise_or",
  "numpy.core._multiarray_umath.bitwise_xor",
  "numpy.core._multiarray_umath.cbrt",
  "numpy.core._multiarray_umath.ceil",
  "numpy.core._multiarray_umath.conjugate",
  "numpy.core._multiarray_umath.copysign",
  "numpy.core._multiarray_umath.cos",
  "numpy.core._multiarray_umath.cosh",
  "numpy.core._multiarray_umath.deg2rad",
  "numpy.core._multiarray_umath.degrees",
  "numpy.core._multiarray_umath.divide",
  "numpy.core._multiarray_umath.divmod",
  "numpy.core._multiarray_umath.equal",
  "numpy.core._multiarray_umath.exp",
  "numpy.core._multiarray_umath.exp2",
  "numpy.core._multiarray_umath.expm1",
  "numpy.core._multiarray_umath.fabs",
  "numpy.core._multiarray_umath.float_power",
  "numpy.core._multiarray_umath.floor",
  "numpy.core._multiarray_umath.floor_divide",
  "numpy.core._multiarray_umath.fmax",
  "numpy.core._multiarray_umath.fmin",
  "numpy.core._multiarray_umath.fmod",
  "numpy.core._multiarray_umath.frexp",
  "numpy.core._multiarray_umath.gcd",
  "numpy.core._multiarray_umath.greater",
  "numpy.core._multiarray_umath.greater_equal",
  "numpy.core._multiarray_umath.heaviside",
  "numpy.core._multiarray_umath.hypot",
  "numpy.core._multiarray_umath.invert",
  "numpy.core._multiarray_umath.isfinite",
  "numpy.core._multiarray_umath.isinf",
  "numpy.core._multiarray_umath.isnan",
  "numpy.core._multiarray_umath.isnat",
  "numpy.core._multiarray_umath.lcm",
  "numpy.core._multiarray_umath.ldexp",
  "numpy.core._multiarray_umath.left_shift",
  "numpy.core._multiarray_umath.less",
  "numpy.core._multiarray_umath.less_equal",
  "numpy.core._multiarray_umath.log",
  "numpy.core._multiarray_umath.log10",
  "numpy.core._multiarray_umath.log1p",
  "numpy.core._multiarray_umath.log2",
  "numpy.core._multiarray_umath.logaddexp",
  "numpy.core._multiarray_umath.logaddexp2",
  "numpy.core._multiarray_umath.logical_and",
  "numpy.core._multiarray_umath.logical_not",
  "numpy.core._multiarray_umath.logical_or",
  "numpy.core._multiarray_umath.logical_xor",
  "numpy.core._multiarray_umath.matmul",
  "numpy.core._multiarray_umath.maximum",
  "numpy.core._multiarray_umath.minimum",
  "numpy.core._multiarray_umath.modf",
  "numpy.core._multiarray_umath.multiply",
  "numpy.core._multiarray_umath.negative",
  "numpy.core._multiarray_umath.nextafter",
  "numpy.core._multiarray_umath.not_equal",
  "numpy.core._multiarray_umath.positive",
  "numpy.core._multiarray_umath.power",
  "numpy.core._multiarray_umath.rad2deg",
  "numpy.core._multiarray_umath.radians",
  "numpy.core._multiarray_umath.reciprocal",
  "numpy.core._multiarray_umath.remainder",
  "numpy.core._multiarray_umath.right_shift",
  "numpy.core._multiarray_umath.rint",
  "numpy.core._multiarray_umath.sign",
  "numpy.core._multiarray_umath.signbit",
  "numpy.core._multiarray_umath.sin",
  "numpy.core._multiarray_umath.sinh",
  "numpy.core._multiarray_umath.spacing",
  "numpy.core._multiarray_umath.sqrt",
  "numpy.core._multiarray_umath.square",
  "numpy.core._multiarray_umath.subtract",
  "numpy.core._multiarray_umath.tan",
  "numpy.core._multiarray_umath.tanh",
  "numpy.core._multiarray_umath.trunc",
  "numpy.core.getlimits.MachArLike",
  // numpy finfo
  "numpy.core.multiarray._reconstruct",
  // numpy 0-d
  "numpy.core.multiarray.scalar",
  // numpy finfo
  "numpy.core.numeric._frombuffer",
  // numpy 0-d
  "numpy.datetime64",
  // numpy scalar types
  "numpy.dtype",
  // numpy 0-d
  "numpy.finfo",
  // numpy finfo
  // numpy scalar types
  "numpy.float128",
  "numpy.float16",
  "numpy.float32",
  // numpy finfo
  "numpy.float64",
  // numpy scalar types
  "numpy.iinfo",
  // numpy finfo
  "numpy.int16",
  // numpy scalar types
  "numpy.int32",
  // numpy finfo
  // numpy scalar types
  "numpy.int64",
  "numpy.int8",
  "numpy.longlong",
  // numpy masked array
  "numpy.ma.core.MaskedArray",
  "numpy.ma.core._mareconstruct",
  "numpy.matrix",
  // numpy matrix
  "numpy.mean",
  // sklearn FeatureAgglomeration binary
  "numpy.ndarray",
  // numpy 0-d
  "numpy.object_",
  // numpy scalar types
  "numpy.poly1d",
  // numpy poly
  "numpy.polynomial.Polynomial",
  // same object as numpy.polynomial.polynomial.Polynomial
  // numpy poly
  "numpy.polynomial.chebyshev.Chebyshev",
  "numpy.polynomial.hermite.Hermite",
  "numpy.polynomial.hermite_e.HermiteE",
  "numpy.polynomial.laguerre.Laguerre",
  "numpy.polynomial.legendre.Legendre",
  "numpy.polynomial.polynomial.Polynomial",
  "numpy.random._pickle.__bit_generator_ctor",
  // numpy BitGenerator MT19937
  "numpy.random._pickle.__generator_ctor",
  // numpy Generator MT19937
  "numpy.random._pickle.__randomstate_ctor",
  // numpy RandomState
  // numpy SeedSequence
  "numpy.random.bit_generator.SeedSequence",
  "numpy.random.bit_generator.__pyx_unpickle_SeedSequence",
  // numpy recarray
  "numpy.recarray",
  "numpy.record",
  // numpy scalar types
  "numpy.str_",
  "numpy.timedelta64",
  "numpy.uint16",
  "numpy.uint32",
  "numpy.uint64",
  "numpy.uint8",
  "numpy.ulonglong",
  "numpy.void",
  // checkpoint omegaconf
  "omegaconf.base.ContainerMetadata",
  "omegaconf.base.Metadata",
  "omegaconf.dictconfig.DictConfig",
  "omegaconf.listconfig.ListConfig",
  "omegaconf.nodes.AnyNode",
  // checkpoint omegaconf structured
  "omegaconf.nodes.FloatNode",
  "omegaconf.nodes.IntegerNode",
  "omegaconf.nodes.StringNode",
  // pandas DataFrame
  "pandas._libs.arrays.__pyx_unpickle_NDArrayBacked",
  "pandas._libs.internals._unpickle_block",
  "pandas._libs.interval.Interval",
  // pandas scalars
  // pandas DataFrame
  "pandas._libs.interval.__pyx_unpickle_IntervalMixin",
  "pandas._libs.missing.NA",
  "pandas._libs.sparse.IntIndex",
  // pandas scalars
  "pandas._libs.tslibs.nattype.__nat_unpickle",
  "pandas._libs.tslibs.offsets.BusinessDay",
  "pandas._libs.tslibs.offsets.DateOffset",
  "pandas._libs.tslibs.offsets.Day",
  // pandas indexes
  "pandas._libs.tslibs.offsets.Hour",
  // pandas scalars
  "pandas._libs.tslibs.offsets.MonthEnd",
  // pandas DataFrame
  // pandas scalars
  "pandas._libs.tslibs.period.Period",
  "pandas._libs.tslibs.timedeltas._timedelta_unpickle",
  "pandas._libs.tslibs.timestamps._unpickle_timestamp",
  // pandas DataFrame
  "pandas.core.arrays.boolean.BooleanArray",
  "pandas.core.arrays.boolean.BooleanDtype",
  "pandas.core.arrays.categorical.Categorical",
  "pandas.core.arrays.datetimes.DatetimeArray",
  "pandas.core.arrays.floating.Float32Dtype",
  // pandas dtypes
  // pandas DataFrame
  "pandas.core.arrays.floating.Float64Dtype",
  "pandas.core.arrays.floating.FloatingArray",
  "pandas.core.arrays.integer.Int64Dtype",
  "pandas.core.arrays.integer.IntegerArray",
  "pandas.core.arrays.interval.Interval",
  // same object as pandas._libs.interval.Interval
  "pandas.core.arrays.interval.IntervalArray",
  // pandas DataFrame
  "pandas.core.arrays.period.Period",
  // same object as pandas._libs.tslibs.period.Period
  "pandas.core.arrays.period.PeriodArray",
  // pandas DataFrame
  "pandas.core.arrays.sparse.IntIndex",
  // same object as pandas._libs.sparse.IntIndex
  // pandas DataFrame
  "pandas.core.arrays.sparse.array.SparseArray",
  "pandas.core.arrays.sparse.dtype.SparseDtype",
  "pandas.core.arrays.string_.StringArray",
  "pandas.core.arrays.string_.StringDtype",
  "pandas.core.arrays.timedeltas.TimedeltaArray",
  "pandas.core.dtypes.dtypes.CategoricalDtype",
  "pandas.core.dtypes.dtypes.DatetimeTZDtype",
  "pandas.core.dtypes.dtypes.IntervalDtype",
  "pandas.core.dtypes.dtypes.PeriodDtype",
  "pandas.core.frame.DataFrame",
  "pandas.core.groupby.categorical.Categorical",
  // same object as pandas.core.arrays.categorical.Categorical
  // pandas DataFrame
  "pandas.core.indexes.base.Index",
  "pandas.core.indexes.base._new_Index",
  "pandas.core.indexes.category.CategoricalIndex",
  // pandas indexes
  "pandas.core.indexes.datetimes.DatetimeArray",
  // same object as pandas.core.arrays.datetimes.DatetimeArray
  // pandas indexes
  "pandas.core.indexes.datetimes.DatetimeIndex",
  "pandas.core.indexes.datetimes._new_DatetimeIndex",
  "pandas.core.indexes.interval.Interval",
  // same object as pandas._libs.interval.Interval
  "pandas.core.indexes.interval.IntervalArray",
  // same object as pandas.core.arrays.interval.IntervalArray
  // pandas indexes
  "pandas.core.indexes.interval.IntervalIndex",
  "pandas.core.indexes.interval._new_IntervalIndex",
  "pandas.core.indexes.multi.MultiIndex",
  // pandas MultiIndex
  "pandas.core.indexes.numeric.Float64Index",
  // pandas indexes
  "pandas.core.indexes.numeric.Int64Index",
  // pandas MultiIndex
  "pandas.core.indexes.numeric.UInt64Index",
  // pandas indexes
  "pandas.core.indexes.period.Period",
  // same object as pandas._libs.tslibs.period.Period
  "pandas.core.indexes.period.PeriodArray",
  // same object as pandas.core.arrays.period.PeriodArray
  "pandas.core.indexes.period.PeriodIndex",
  // pandas indexes
  "pandas.core.indexes.range.RangeIndex",
  // pandas DataFrame
  "pandas.core.indexes.timedeltas.TimedeltaArray",
  // same object as pandas.core.arrays.timedeltas.TimedeltaArray
  "pandas.core.indexes.timedeltas.TimedeltaIndex",
  // pandas indexes
  "pandas.core.internals.base.Index",
  // same object as pandas.core.indexes.base.Index
  "pandas.core.internals.managers.BlockManager",
  // pandas DataFrame
  // pandas MultiIndex
  "pandas.core.internals.managers.SingleBlockManager",
  "pandas.core.series.Series",
  "pandas.core.tools.datetimes.DatetimeArray",
  // same object as pandas.core.arrays.datetimes.DatetimeArray
  "pandas.core.tools.datetimes.DatetimeIndex",
  // same object as pandas.core.indexes.datetimes.DatetimeIndex
  "pandas.tseries.offsets.BusinessDay",
  // same object as pandas._libs.tslibs.offsets.BusinessDay
  "pandas.tseries.offsets.DateOffset",
  // same object as pandas._libs.tslibs.offsets.DateOffset
  "pandas.tseries.offsets.Day",
  // same object as pandas._libs.tslibs.offsets.Day
  "pandas.tseries.offsets.Hour",
  // same object as pandas._libs.tslibs.offsets.Hour
  "pandas.tseries.offsets.MonthEnd",
  // same object as pandas._libs.tslibs.offsets.MonthEnd
  // checkpoint argparse
  "pathlib.PosixPath",
  "pathlib.PurePosixPath",
  "pathlib.PureWindowsPath",
  // checkpoint data classes
  "pytz._UTC",
  // pandas DataFrame
  "scipy.interpolate.PPoly",
  // same object as scipy.interpolate._interpolate.PPoly
  // scipy interpolate
  "scipy.interpolate._bsplines.BSpline",
  "scipy.interpolate._cubic.CubicSpline",
  "scipy.interpolate._cubic.PchipInterpolator",
  "scipy.interpolate._interpolate.PPoly",
  "scipy.sparse._arrays.bsr_array",
  // scipy sparse bsr_array
  "scipy.sparse._arrays.coo_array",
  // scipy sparse coo_array
  "scipy.sparse._arrays.csc_array",
  // scipy sparse csc_array
  "scipy.sparse._arrays.csr_array",
  // scipy sparse csr_array
  "scipy.sparse._arrays.dia_array",
  // scipy sparse dia_array
  "scipy.sparse._arrays.dok_array",
  // scipy sparse dok_array
  "scipy.sparse._arrays.lil_array",
  // scipy sparse lil_array
  "scipy.sparse._bsr.bsr_matrix",
  // scipy sparse bsr_matrix
  "scipy.sparse._coo.coo_matrix",
  // scipy sparse coo_matrix
  "scipy.sparse._csc.csc_matrix",
  // scipy sparse csc_matrix
  "scipy.sparse._csr.csr_matrix",
  // scipy sparse csr_matrix
  "scipy.sparse._dia.dia_matrix",
  // scipy sparse dia_matrix
  "scipy.sparse._dok.dok_matrix",
  // scipy sparse dok_matrix
  "scipy.sparse._lil.lil_matrix",
  // scipy sparse lil_matrix
  // scipy spatial
  "scipy.spatial._ckdtree.cKDTree",
  "scipy.spatial._kdtree.KDTree",
  "scipy.spatial.transform._rotation.Rotation",
  // scipy rotation
  "sklearn._loss.AbsoluteError",
  // same object as sklearn._loss.loss.AbsoluteError
  "sklearn._loss.HalfBinomialLoss",
  // same object as sklearn._loss.loss.HalfBinomialLoss
  "sklearn._loss.HalfGammaLoss",
  // same object as sklearn._loss.loss.HalfGammaLoss
  "sklearn._loss.HalfMultinomialLoss",
  // same object as sklearn._loss.loss.HalfMultinomialLoss
  "sklearn._loss.HalfPoissonLoss",
  // same object as sklearn._loss.loss.HalfPoissonLoss
  "sklearn._loss.HalfSquaredError",
  // same object as sklearn._loss.loss.HalfSquaredError
  "sklearn._loss.HalfTweedieLoss",
  // same object as sklearn._loss.loss.HalfTweedieLoss
  "sklearn._loss.HalfTweedieLossIdentity",
  // same object as sklearn._loss.loss.HalfTweedieLossIdentity
  "sklearn._loss.PinballLoss",
  // same object as sklearn._loss.loss.PinballLoss
  "sklearn._loss._loss.CyAbsoluteError",
  // sklearn HistGradientBoostingRegressor loss=absolute_error
  "sklearn._loss._loss.CyHalfBinomialLoss",
  // sklearn HistGradientBoostingClassifier binary
  "sklearn._loss._loss.CyHalfGammaLoss",
  // sklearn GammaRegressor regression
  "sklearn._loss._loss.CyHalfMultinomialLoss",
  // sklearn HistGradientBoostingClassifier multiclass
  "sklearn._loss._loss.CyHalfPoissonLoss",
  // sklearn HistGradientBoostingRegressor loss=poisson
  "sklearn._loss._loss.CyHalfSquaredError",
  // sklearn HistGradientBoostingRegressor loss=squared_error
  "sklearn._loss._loss.CyHalfTweedieLoss",
  // sklearn TweedieRegressor power=0 log
  "sklearn._loss._loss.CyHalfTweedieLossIdentity",
  // sklearn TweedieRegressor power=0
  "sklearn._loss._loss.CyPinballLoss",
  // sklearn HistGradientBoostingRegressor loss=quantile
  "sklearn._loss._loss.__pyx_unpickle_CyAbsoluteError",
  // sklearn HistGradientBoostingRegressor loss=absolute_error
  "sklearn._loss._loss.__pyx_unpickle_CyHalfBinomialLoss",
  // sklearn HistGradientBoostingClassifier binary
  "sklearn._loss._loss.__pyx_unpickle_CyHalfGammaLoss",
  // sklearn GammaRegressor regression
  "sklearn._loss._loss.__pyx_unpickle_CyHalfMultinomialLoss",
  // sklearn HistGradientBoostingClassifier multiclass
  "sklearn._loss._loss.__pyx_unpickle_CyHalfPoissonLoss",
  // sklearn HistGradientBoostingRegressor loss=poisson
  "sklearn._loss._loss.__pyx_unpickle_CyHalfSquaredError",
  // sklearn HistGradientBoostingRegressor loss=squared_error
  "sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLoss",
  // sklearn TweedieRegressor power=0 log
  "sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLossIdentity",
  // sklearn TweedieRegressor power=0
  "sklearn._loss._loss.__pyx_unpickle_CyPinballLoss",
  // sklearn HistGradientBoostingRegressor loss=quantile
  "sklearn._loss.link.IdentityLink",
  // sklearn HistGradientBoostingRegressor loss=absolute_error
  // sklearn GammaRegressor regression
  "sklearn._loss.link.Interval",
  "sklearn._loss.link.LogLink",
  "sklearn._loss.link.LogitLink",
  // sklearn HistGradientBoostingClassifier binary
  "sklearn._loss.link.MultinomialLogit",
  // sklearn HistGradientBoostingClassifier multiclass
  "sklearn._loss.loss.AbsoluteError",
  // sklearn HistGradientBoostingRegressor loss=absolute_error
  // same object as its twin under the module path it re-exports (MODULE_ALIASES)
  "sklearn._loss.loss.CyAbsoluteError",
  "sklearn._loss.loss.CyHalfBinomialLoss",
  "sklearn._loss.loss.CyHalfGammaLoss",
  "sklearn._loss.loss.CyHalfMultinomialLoss",
  "sklearn._loss.loss.CyHalfPoissonLoss",
  "sklearn._loss.loss.CyHalfSquaredError",
  "sklearn._loss.loss.CyHalfTweedieLoss",
  "sklearn._loss.loss.CyHalfTweedieLossIdentity",
  "sklearn._loss.loss.CyPinballLoss",
  "sklearn._loss.loss.HalfBinomialLoss",
  // sklearn HistGradientBoostingClassifier binary
  "sklearn._loss.loss.HalfGammaLoss",
  // sklearn GammaRegressor regression
  "sklearn._loss.loss.HalfMultinomialLoss",
  // sklearn HistGradientBoostingClassifier multiclass
  "sklearn._loss.loss.HalfPoissonLoss",
  // sklearn HistGradientBoostingRegressor loss=poisson
  "sklearn._loss.loss.HalfSquaredError",
  // sklearn HistGradientBoostingRegressor loss=squared_error
  "sklearn._loss.loss.HalfTweedieLoss",
  // sklearn TweedieRegressor power=0 log
  "sklearn._loss.loss.HalfTweedieLossIdentity",
  // sklearn TweedieRegressor power=0
  "sklearn._loss.loss.PinballLoss",
  // sklearn HistGradientBoostingRegressor loss=quantile
  // sklearn CalibratedClassifierCV binary
  "sklearn.calibration.CalibratedClassifierCV",
  "sklearn.calibration._CalibratedClassifier",
  "sklearn.calibration._SigmoidCalibration",
  "sklearn.cluster._affinity_propagation.AffinityPropagation",
  // sklearn AffinityPropagation binary
  "sklearn.cluster._agglomerative.AgglomerativeClustering",
  // sklearn AgglomerativeClustering binary
  "sklearn.cluster._agglomerative.FeatureAgglomeration",
  // sklearn FeatureAgglomeration binary
  "sklearn.cluster._bicluster.SpectralBiclustering",
  // sklearn SpectralBiclustering binary
  "sklearn.cluster._bicluster.SpectralCoclustering",
  // sklearn SpectralCoclustering binary
  // sklearn Birch
  "sklearn.cluster._birch.Birch",
  "sklearn.cluster._birch._CFNode",
  "sklearn.cluster._birch._CFSubcluster",
  // sklearn BisectingKMeans binary
  "sklearn.cluster._bisect_k_means.BisectingKMeans",
  "sklearn.cluster._bisect_k_means._BisectingTree",
  "sklearn.cluster._dbscan.DBSCAN",
  // sklearn DBSCAN binary
  "sklearn.cluster._kmeans.KMeans",
  // sklearn KMeans binary
  "sklearn.cluster._kmeans.MiniBatchKMeans",
  // sklearn MiniBatchKMeans binary
  "sklearn.cluster._kmeans._kmeans_single_lloyd",
  // sklearn BisectingKMeans binary
  "sklearn.cluster._mean_shift.MeanShift",
  // sklearn MeanShift binary
  "sklearn.cluster._optics.OPTICS",
  // sklearn OPTICS binary
  "sklearn.cluster._spectral.SpectralClustering",
  // sklearn SpectralClustering binary
  "sklearn.compose._column_transformer.ColumnTransformer",
  // sklearn ColumnTransformer
  "sklearn.compose._target.TransformedTargetRegressor",
  // sklearn TransformedTargetRegressor
  "sklearn.covariance._elliptic_envelope.EllipticEnvelope",
  // sklearn EllipticEnvelope binary
  "sklearn.covariance._empirical_covariance.EmpiricalCovariance",
  // sklearn EmpiricalCovariance binary
  "sklearn.covariance._graph_lasso.GraphicalLasso",
  // sklearn GraphicalLasso binary
  "sklearn.covariance._graph_lasso.GraphicalLassoCV",
  // sklearn GraphicalLassoCV binary
  "sklearn.covariance._robust_covariance.MinCovDet",
  // sklearn MinCovDet binary
  "sklearn.covariance._shrunk_covariance.LedoitWolf",
  // sklearn LedoitWolf binary
  "sklearn.covariance._shrunk_covariance.OAS",
  // sklearn OAS binary
  "sklearn.covariance._shrunk_covariance.ShrunkCovariance",
  // sklearn ShrunkCovariance binary
  "sklearn.cross_decomposition._pls.CCA",
  // sklearn CCA multioutput
  "sklearn.cross_decomposition._pls.PLSCanonical",
  // sklearn PLSCanonical multioutput
  "sklearn.cross_decomposition._pls.PLSRegression",
  // sklearn PLSRegression multioutput
  "sklearn.cross_decomposition._pls.PLSSVD",
  // sklearn PLSSVD
  "sklearn.decomposition._dict_learning.DictionaryLearning",
  // sklearn DictionaryLearning binary
  "sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning",
  // sklearn MiniBatchDictionaryLearning binary
  "sklearn.decomposition._dict_learning.SparseCoder",
  // sklearn SparseCoder
  "sklearn.decomposition._factor_analysis.FactorAnalysis",
  // sklearn FactorAnalysis binary
  "sklearn.decomposition._fastica.FastICA",
  // sklearn FastICA binary
  "sklearn.decomposition._incremental_pca.IncrementalPCA",
  // sklearn IncrementalPCA binary
  "sklearn.decomposition._kernel_pca.KernelPCA",
  // sklearn Isomap binary
  "sklearn.decomposition._lda.LatentDirichletAllocation",
  // sklearn LatentDirichletAllocation binary
  "sklearn.decomposition._nmf.MiniBatchNMF",
  // sklearn MiniBatchNMF binary
  "sklearn.decomposition._nmf.NMF",
  // sklearn NMF binary
  "sklearn.decomposition._pca.PCA",
  // sklearn FeatureUnion
  "sklearn.decomposition._sparse_pca.MiniBatchSparsePCA",
  // sklearn MiniBatchSparsePCA binary
  "sklearn.decomposition._sparse_pca.SparsePCA",
  // sklearn SparsePCA binary
  "sklearn.decomposition._truncated_svd.TruncatedSVD",
  // sklearn TruncatedSVD binary
  "sklearn.discriminant_analysis.LinearDiscriminantAnalysis",
  // sklearn LinearDiscriminantAnalysis binary
  "sklearn.discriminant_analysis.QuadraticDiscriminantAnalysis",
  // sklearn QuadraticDiscriminantAnalysis binary
  "sklearn.dummy.DummyClassifier",
  // sklearn DummyClassifier binary
  "sklearn.dummy.DummyRegressor",
  // sklearn DummyRegressor multioutput
  "sklearn.ensemble._bagging.BaggingClassifier",
  // sklearn BaggingClassifier
  "sklearn.ensemble._bagging.BaggingRegressor",
  // sklearn BaggingRegressor multioutput
  "sklearn.ensemble._forest.ExtraTreesClassifier",
  // sklearn ExtraTreesClassifier
  "sklearn.ensemble._forest.ExtraTreesRegressor",
  // sklearn ExtraTreesRegressor multioutput
  "sklearn.ensemble._forest.RandomForestClassifier",
  // sklearn RandomForestClassifier binary
  "sklearn.ensemble._forest.RandomForestRegressor",
  // sklearn RandomForestRegressor multioutput
  "sklearn.ensemble._forest.RandomTreesEmbedding",
  // sklearn RandomTreesEmbedding binary
  "sklearn.ensemble._gb.GradientBoostingClassifier",
  // sklearn GradientBoostingClassifier binary
  "sklearn.ensemble._gb.GradientBoostingRegressor",
  // sklearn GradientBoostingRegressor loss=absolute_error
  "sklearn.ensemble._gb_losses.BinomialDeviance",
  // sklearn GradientBoostingClassifier binary
  "sklearn.ensemble._gb_losses.ExponentialLoss",
  // sklearn GradientBoostingClassifier loss=exponential
  "sklearn.ensemble._gb_losses.HuberLossFunction",
  // sklearn GradientBoostingRegressor loss=huber
  "sklearn.ensemble._gb_losses.LeastAbsoluteError",
  // sklearn GradientBoostingRegressor loss=absolute_error
  "sklearn.ensemble._gb_losses.LeastSquaresError",
  // sklearn GradientBoostingRegressor loss=squared_error
  "sklearn.ensemble._gb_losses.MultinomialDeviance",
  // sklearn GradientBoostingClassifier multiclass
  "sklearn.ensemble._gb_losses.QuantileLossFunction",
  // sklearn GradientBoostingRegressor loss=quantile
  // sklearn HistGradientBoostingClassifier binary
  "sklearn.ensemble._hist_gradient_boosting.binning._BinMapper",
  "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier",
  "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor",
  // sklearn HistGradientBoostingRegressor loss=absolute_error
  "sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor",
  // sklearn HistGradientBoostingClassifier binary
  "sklearn.ensemble._iforest.IsolationForest",
  // sklearn IsolationForest
  "sklearn.ensemble._stacking.StackingClassifier",
  // sklearn StackingClassifier
  "sklearn.ensemble._stacking.StackingRegressor",
  // sklearn StackingRegressor
  "sklearn.ensemble._voting.VotingClassifier",
  // sklearn VotingClassifier
  "sklearn.ensemble._voting.VotingRegressor",
  // sklearn VotingRegressor
  "sklearn.ensemble._weight_boosting.AdaBoostClassifier",
  // sklearn AdaBoostClassifier SAMME
  "sklearn.ensemble._weight_boosting.AdaBoostRegressor",
  // sklearn AdaBoostRegressor regression
  "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
  // sklearn DictVectorizer
  "sklearn.feature_extraction._hash.FeatureHasher",
  // sklearn FeatureHasher
  "sklearn.feature_extraction.image.PatchExtractor",
  // sklearn PatchExtractor binary
  "sklearn.feature_extraction.text.CountVectorizer",
  // sklearn text CountVectorizer
  "sklearn.feature_extraction.text.HashingVectorizer",
  // sklearn HashingVectorizer binary
  "sklearn.feature_extraction.text.TfidfTransformer",
  // sklearn TfidfTransformer
  "sklearn.feature_extraction.text.TfidfVectorizer",
  // sklearn text TfidfVectorizer
  "sklearn.feature_selection._from_model.SelectFromModel",
  // sklearn SelectFromModel
  "sklearn.feature_selection._rfe.RFE",
  // sklearn RFE
  "sklearn.feature_selection._rfe.RFECV",
  // sklearn RFECV
  "sklearn.feature_selection._sequential.SequentialFeatureSelector",
  // sklearn SequentialFeatureSelector
  "sklearn.feature_selection._univariate_selection.GenericUnivariateSelect",
  // sklearn GenericUnivariateSelect binary
  "sklearn.feature_selection._univariate_selection.SelectFdr",
  // sklearn SelectFdr binary
  "sklearn.feature_selection._univariate_selection.SelectFpr",
  // sklearn SelectFpr binary
  "sklearn.feature_selection._univariate_selection.SelectFwe",
  // sklearn SelectFwe binary
  "sklearn.feature_selection._univariate_selection.SelectKBest",
  // sklearn SelectKBest
  "sklearn.feature_selection._univariate_selection.SelectPercentile",
  // sklearn SelectPercentile binary
  "sklearn.feature_selection._univariate_selection.f_classif",
  // sklearn GenericUnivariateSelect binary
  "sklearn.feature_selection._variance_threshold.VarianceThreshold",
  // sklearn VarianceThreshold binary
  // sklearn GaussianProcessClassifier binary
  "sklearn.gaussian_process._gpc.GaussianProcessClassifier",
  "sklearn.gaussian_process._gpc._BinaryGaussianProcessClassifierLaplace",
  "sklearn.gaussian_process._gpr.GaussianProcessRegressor",
  // sklearn GaussianProcessRegressor kernel 0
  "sklearn.gaussian_process.kernels.ConstantKernel",
  // sklearn GaussianProcessClassifier binary
  "sklearn.gaussian_process.kernels.DotProduct",
  // sklearn GaussianProcessRegressor kernel 4
  "sklearn.gaussian_process.kernels.Exponentiation",
  // sklearn GaussianProcessRegressor kernel 7
  "sklearn.gaussian_process.kernels.Matern",
  // sklearn GaussianProcessRegressor kernel 1
  "sklearn.gaussian_process.kernels.PairwiseKernel",
  // sklearn GaussianProcessRegressor kernel 8
  // sklearn GaussianProcessClassifier binary
  "sklearn.gaussian_process.kernels.Product",
  "sklearn.gaussian_process.kernels.RBF",
  "sklearn.gaussian_process.kernels.RationalQuadratic",
  // sklearn GaussianProcessRegressor kernel 2
  "sklearn.gaussian_process.kernels.Sum",
  // sklearn GaussianProcessRegressor kernel 6
  "sklearn.gaussian_process.kernels.WhiteKernel",
  // sklearn GaussianProcessRegressor kernel 5
  "sklearn.impute._base.MissingIndicator",
  // sklearn MissingIndicator binary
  // sklearn IterativeImputer
  "sklearn.impute._base.SimpleImputer",
  "sklearn.impute._iterative.IterativeImputer",
  "sklearn.impute._iterative._ImputerTriplet",
  "sklearn.impute._knn.KNNImputer",
  // sklearn KNNImputer
  "sklearn.isotonic.IsotonicRegression",
  // sklearn CalibratedClassifierCV method=isotonic
  "sklearn.kernel_approximation.AdditiveChi2Sampler",
  // sklearn AdditiveChi2Sampler binary
  "sklearn.kernel_approximation.Nystroem",
  // sklearn Nystroem binary
  "sklearn.kernel_approximation.PolynomialCountSketch",
  // sklearn PolynomialCountSketch binary
  "sklearn.kernel_approximation.RBFSampler",
  // sklearn RBFSampler binary
  "sklearn.kernel_approximation.SkewedChi2Sampler",
  // sklearn SkewedChi2Sampler binary
  "sklearn.kernel_ridge.KernelRidge",
  // sklearn KernelRidge multioutput
  "sklearn.linear_model._base.LinearRegression",
  // sklearn LinearRegression multioutput
  "sklearn.linear_model._bayes.ARDRegression",
  // sklearn ARDRegression regression
  "sklearn.linear_model._bayes.BayesianRidge",
  // sklearn BayesianRidge regression
  "sklearn.linear_model._coordinate_descent.ElasticNet",
  // sklearn ElasticNet multioutput
  "sklearn.linear_model._coordinate_descent.ElasticNetCV",
  // sklearn ElasticNetCV regression
  "sklearn.linear_model._coordinate_descent.Lasso",
  // sklearn Lasso multioutput
  "sklearn.linear_model._coordinate_descent.LassoCV",
  // sklearn LassoCV regression
  "sklearn.linear_model._coordinate_descent.MultiTaskElasticNet",
  // sklearn MultiTaskElasticNet multioutput
  "sklearn.linear_model._coordinate_descent.MultiTaskElasticNetCV",
  // sklearn MultiTaskElasticNetCV multioutput
  "sklearn.linear_model._coordinate_descent.MultiTaskLasso",
  // sklearn MultiTaskLasso multioutput
  "sklearn.linear_model._coordinate_descent.MultiTaskLassoCV",
  // sklearn MultiTaskLassoCV multioutput
  "sklearn.linear_model._glm.GammaRegressor",
  // same object as sklearn.linear_model._glm.glm.GammaRegressor
  "sklearn.linear_model._glm.PoissonRegressor",
  // same object as sklearn.linear_model._glm.glm.PoissonRegressor
  "sklearn.linear_model._glm.TweedieRegressor",
  // same object as sklearn.linear_model._glm.glm.TweedieRegressor
  "sklearn.linear_model._glm.glm.GammaRegressor",
  // sklearn GammaRegressor regression
  "sklearn.linear_model._glm.glm.PoissonRegressor",
  // sklearn PoissonRegressor regression
  "sklearn.linear_model._glm.glm.TweedieRegressor",
  // sklearn TweedieRegressor power=0
  "sklearn.linear_model._huber.HuberRegressor",
  // sklearn HuberRegressor regression
  "sklearn.linear_model._least_angle.Lars",
  // sklearn Lars multioutput
  "sklearn.linear_model._least_angle.LarsCV",
  // sklearn LarsCV regression
  "sklearn.linear_model._least_angle.LassoLars",
  // sklearn LassoLars multioutput
  "sklearn.linear_model._least_angle.LassoLarsCV",
  // sklearn LassoLarsCV regression
  "sklearn.linear_model._least_angle.LassoLarsIC",
  // sklearn LassoLarsIC regression
  "sklearn.linear_model._logistic.LogisticRegression",
  // sklearn ClassifierChain
  "sklearn.linear_model._logistic.LogisticRegressionCV",
  // sklearn LogisticRegressionCV
  "sklearn.linear_model._omp.OrthogonalMatchingPursuit",
  // sklearn OrthogonalMatchingPursuit multioutput
  "sklearn.linear_model._omp.OrthogonalMatchingPursuitCV",
  // sklearn OrthogonalMatchingPursuitCV regression
  "sklearn.linear_model._passive_aggressive.PassiveAggressiveClassifier",
  // sklearn PassiveAggressiveClassifier binary
  "sklearn.linear_model._passive_aggressive.PassiveAggressiveRegressor",
  // sklearn PassiveAggressiveRegressor regression
  "sklearn.linear_model._perceptron.Perceptron",
  // sklearn Perceptron binary
  "sklearn.linear_model._quantile.QuantileRegressor",
  // sklearn QuantileRegressor regression
  "sklearn.linear_model._ransac.RANSACRegressor",
  // sklearn RANSACRegressor multioutput
  "sklearn.linear_model._ridge.Ridge",
  // sklearn MultiOutputRegressor
  "sklearn.linear_model._ridge.RidgeCV",
  // sklearn RidgeCV multioutput
  "sklearn.linear_model._ridge.RidgeClassifier",
  // sklearn RidgeClassifier binary
  "sklearn.linear_model._ridge.RidgeClassifierCV",
  // sklearn RidgeClassifierCV binary
  "sklearn.linear_model._sgd_fast.EpsilonInsensitive",
  // sklearn SGDClassifier loss=epsilon_insensitive
  "sklearn.linear_model._sgd_fast.Hinge",
  // sklearn PassiveAggressiveClassifier binary
  "sklearn.linear_model._sgd_fast.Huber",
  // sklearn SGDClassifier loss=huber
  "sklearn.linear_model._sgd_fast.Log",
  // sklearn SGDClassifier loss=log_loss
  "sklearn.linear_model._sgd_fast.ModifiedHuber",
  // sklearn SGDClassifier loss=modified_huber
  "sklearn.linear_model._sgd_fast.SquaredEpsilonInsensitive",
  // sklearn SGDClassifier loss=squared_epsilon_insensitive
  "sklearn.linear_model._sgd_fast.SquaredHinge",
  // sklearn SGDClassifier loss=squared_hinge
  "sklearn.linear_model._sgd_fast.SquaredLoss",
  // sklearn SGDClassifier loss=squared_error
  "sklearn.linear_model._stochastic_gradient.SGDClassifier",
  // sklearn SGDClassifier binary
  "sklearn.linear_model._stochastic_gradient.SGDOneClassSVM",
  // sklearn SGDOneClassSVM binary
  "sklearn.linear_model._stochastic_gradient.SGDRegressor",
  // sklearn SGDRegressor loss=epsilon_insensitive
  "sklearn.linear_model._theil_sen.TheilSenRegressor",
  // sklearn TheilSenRegressor regression
  "sklearn.manifold._isomap.Isomap",
  // sklearn Isomap binary
  "sklearn.manifold._locally_linear.LocallyLinearEmbedding",
  // sklearn LocallyLinearEmbedding binary
  "sklearn.manifold._mds.MDS",
  // sklearn MDS binary
  "sklearn.manifold._spectral_embedding.SpectralEmbedding",
  // sklearn SpectralEmbedding binary
  "sklearn.manifold._t_sne.TSNE",
  // sklearn TSNE binary
  "sklearn.metrics._dist_metrics.BrayCurtisDistance",
  // sklearn BallTree metric=braycurtis
  "sklearn.metrics._dist_metrics.BrayCurtisDistance32",
  // sklearn DistanceMetric32 braycurtis
  "sklearn.metrics._dist_metrics.CanberraDistance",
  // sklearn BallTree metric=canberra
  "sklearn.metrics._dist_metrics.CanberraDistance32",
  // sklearn DistanceMetric32 canberra
  "sklearn.metrics._dist_metrics.ChebyshevDistance",
  // sklearn BallTree metric=chebyshev
  "sklearn.metrics._dist_metrics.ChebyshevDistance32",
  // sklearn DistanceMetric32 chebyshev
  "sklearn.metrics._dist_metrics.DiceDistance",
  // sklearn BallTree metric=dice
  "sklearn.metrics._dist_metrics.DiceDistance32",
  // sklearn DistanceMetric32 dice
  "sklearn.metrics._dist_metrics.EuclideanDistance",
  // sklearn BallTree metric=euclidean
  "sklearn.metrics._dist_metrics.EuclideanDistance32",
  // sklearn DistanceMetric32 euclidean
  "sklearn.metrics._dist_metrics.HammingDistance",
  // sklearn BallTree metric=hamming
  "sklearn.metrics._dist_metrics.HammingDistance32",
  // sklearn DistanceMetric32 hamming
  "sklearn.metrics._dist_metrics.HaversineDistance",
  // sklearn BallTree metric=haversine
  "sklearn.metrics._dist_metrics.HaversineDistance32",
  // sklearn DistanceMetric32 haversine
  "sklearn.metrics._dist_metrics.JaccardDistance",
  // sklearn BallTree metric=jaccard
  "sklearn.metrics._dist_metrics.JaccardDistance32",
  // sklearn DistanceMetric32 jaccard
  "sklearn.metrics._dist_metrics.MahalanobisDistance",
  // sklearn BallTree metric=mahalanobis
  "sklearn.metrics._dist_metrics.MahalanobisDistance32",
  // sklearn DistanceMetric32 mahalanobis
  "sklearn.metrics._dist_metrics.ManhattanDistance",
  // sklearn BallTree metric=manhattan
  "sklearn.metrics._dist_metrics.ManhattanDistance32",
  // sklearn DistanceMetric32 manhattan
  "sklearn.metrics._dist_metrics.MatchingDistance",
  // sklearn BallTree metric=matching
  "sklearn.metrics._dist_metrics.MatchingDistance32",
  // sklearn DistanceMetric32 matching
  "sklearn.metrics._dist_metrics.RogersTanimotoDistance",
  // sklearn BallTree metric=rogerstanimoto
  "sklearn.metrics._dist_metrics.RogersTanimotoDistance32",
  // sklearn DistanceMetric32 rogerstanimoto
  "sklearn.metrics._dist_metrics.RussellRaoDistance",
  // sklearn BallTree metric=russellrao
  "sklearn.metrics._dist_metrics.RussellRaoDistance32",
  // sklearn DistanceMetric32 russellrao
  "sklearn.metrics._dist_metrics.SEuclideanDistance",
  // sklearn BallTree metric=seuclidean
  "sklearn.metrics._dist_metrics.SEuclideanDistance32",
  // sklearn DistanceMetric32 seuclidean
  "sklearn.metrics._dist_metrics.SokalMichenerDistance",
  // sklearn BallTree metric=sokalmichener
  "sklearn.metrics._dist_metrics.SokalMichenerDistance32",
  // sklearn DistanceMetric32 sokalmichener
  "sklearn.metrics._dist_metrics.SokalSneathDistance",
  // sklearn BallTree metric=sokalsneath
  "sklearn.metrics._dist_metrics.SokalSneathDistance32",
  // sklearn DistanceMetric32 sokalsneath
  "sklearn.metrics._dist_metrics.WMinkowskiDistance",
  // sklearn BallTree metric=wminkowski
  "sklearn.metrics._dist_metrics.WMinkowskiDistance32",
  // sklearn DistanceMetric32 wminkowski
  "sklearn.metrics._dist_metrics.newObj",
  // sklearn BallTree metric=braycurtis
  "sklearn.metrics._scorer._passthrough_scorer",
  // sklearn GridSearchCV
  "sklearn.mixture._bayesian_mixture.BayesianGaussianMixture",
  // sklearn BayesianGaussianMixture binary
  "sklearn.mixture._gaussian_mixture.GaussianMixture",
  // sklearn GaussianMixture binary
  "sklearn.model_selection._search.GridSearchCV",
  // sklearn GridSearchCV
  "sklearn.model_selection._search.RandomizedSearchCV",
  // sklearn RandomizedSearchCV
  // sklearn HalvingGridSearchCV
  "sklearn.model_selection._search_successive_halving.HalvingGridSearchCV",
  "sklearn.model_selection._split.StratifiedKFold",
  "sklearn.multiclass.OneVsOneClassifier",
  // sklearn OneVsOneClassifier
  "sklearn.multiclass.OneVsRestClassifier",
  // sklearn GaussianProcessClassifier multiclass
  // sklearn OutputCodeClassifier
  "sklearn.multiclass.OutputCodeClassifier",
  "sklearn.multiclass._ConstantPredictor",
  "sklearn.multioutput.ClassifierChain",
  // sklearn ClassifierChain
  "sklearn.multioutput.MultiOutputClassifier",
  // sklearn MultiOutputClassifier
  "sklearn.multioutput.MultiOutputRegressor",
  // sklearn MultiOutputRegressor
  "sklearn.multioutput.RegressorChain",
  // sklearn RegressorChain
  "sklearn.naive_bayes.BernoulliNB",
  // sklearn BernoulliNB binary
  "sklearn.naive_bayes.CategoricalNB",
  // sklearn CategoricalNB binary
  "sklearn.naive_bayes.ComplementNB",
  // sklearn ComplementNB binary
  "sklearn.naive_bayes.GaussianNB",
  // sklearn GaussianNB binary
  "sklearn.naive_bayes.MultinomialNB",
  // sklearn MultinomialNB binary
  // sklearn BallTree metric=braycurtis
  "sklearn.neighbors._ball_tree.BallTree",
  "sklearn.neighbors._ball_tree.newObj",
  "sklearn.neighbors._classification.KNeighborsClassifier",
  // sklearn KNeighborsClassifier ball_tree chebyshev
  "sklearn.neighbors._classification.RadiusNeighborsClassifier",
  // sklearn RadiusNeighborsClassifier ball_tree
  "sklearn.neighbors._graph.KNeighborsTransformer",
  // sklearn KNeighborsTransformer binary
  "sklearn.neighbors._graph.RadiusNeighborsTransformer",
  // sklearn RadiusNeighborsTransformer binary
  // sklearn Isomap binary
  "sklearn.neighbors._kd_tree.KDTree",
  "sklearn.neighbors._kd_tree.newObj",
  "sklearn.neighbors._kde.KernelDensity",
  // sklearn KernelDensity binary
  "sklearn.neighbors._lof.LocalOutlierFactor",
  // sklearn LocalOutlierFactor binary
  "sklearn.neighbors._nca.NeighborhoodComponentsAnalysis",
  // sklearn NeighborhoodComponentsAnalysis binary
  "sklearn.neighbors._nearest_centroid.NearestCentroid",
  // sklearn NearestCentroid binary
  "sklearn.neighbors._regression.KNeighborsRegressor",
  // sklearn KNeighborsRegressor ball_tree
  "sklearn.neighbors._regression.RadiusNeighborsRegressor",
  // sklearn RadiusNeighborsRegressor multioutput
  "sklearn.neighbors._unsupervised.NearestNeighbors",
  // sklearn Isomap binary
  "sklearn.neural_network._multilayer_perceptron.MLPClassifier",
  // sklearn MLPClassifier binary
  "sklearn.neural_network._multilayer_perceptron.MLPRegressor",
  // sklearn MLPRegressor multioutput
  "sklearn.neural_network._rbm.BernoulliRBM",
  // sklearn BernoulliRBM binary
  "sklearn.neural_network._stochastic_optimizers.AdamOptimizer",
  // sklearn MLPClassifier binary
  "sklearn.neural_network._stochastic_optimizers.SGDOptimizer",
  // sklearn MLPClassifier solver=sgd
  "sklearn.pipeline.FeatureUnion",
  // sklearn FeatureUnion
  "sklearn.pipeline.Pipeline",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._data.Binarizer",
  // sklearn Binarizer binary
  "sklearn.preprocessing._data.KernelCenterer",
  // sklearn Isomap binary
  "sklearn.preprocessing._data.MaxAbsScaler",
  // sklearn MaxAbsScaler binary
  "sklearn.preprocessing._data.MinMaxScaler",
  // sklearn MinMaxScaler binary
  "sklearn.preprocessing._data.Normalizer",
  // sklearn Normalizer binary
  "sklearn.preprocessing._data.PowerTransformer",
  // sklearn PowerTransformer binary
  "sklearn.preprocessing._data.QuantileTransformer",
  // sklearn QuantileTransformer binary
  "sklearn.preprocessing._data.RobustScaler",
  // sklearn RobustScaler binary
  "sklearn.preprocessing._data.StandardScaler",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._discretization.KBinsDiscretizer",
  // sklearn KBinsDiscretizer binary
  "sklearn.preprocessing._encoders.OneHotEncoder",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._encoders.OrdinalEncoder",
  // sklearn OrdinalEncoder
  "sklearn.preprocessing._function_transformer.FunctionTransformer",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._label.LabelBinarizer",
  // sklearn GaussianProcessClassifier multiclass
  "sklearn.preprocessing._label.LabelEncoder",
  // sklearn LabelEncoder
  "sklearn.preprocessing._label.MultiLabelBinarizer",
  // sklearn MultiLabelBinarizer
  "sklearn.preprocessing._polynomial.PolynomialFeatures",
  // sklearn PolynomialFeatures binary
  "sklearn.preprocessing._polynomial.SplineTransformer",
  // sklearn SplineTransformer binary
  "sklearn.random_projection.GaussianRandomProjection",
  // sklearn GaussianRandomProjection
  "sklearn.random_projection.SparseRandomProjection",
  // sklearn SparseRandomProjection
  "sklearn.semi_supervised._label_propagation.LabelPropagation",
  // sklearn LabelPropagation binary
  "sklearn.semi_supervised._label_propagation.LabelSpreading",
  // sklearn LabelSpreading binary
  "sklearn.semi_supervised._self_training.SelfTrainingClassifier",
  // sklearn SelfTrainingClassifier
  "sklearn.svm._classes.LinearSVC",
  // sklearn CalibratedClassifierCV binary
  "sklearn.svm._classes.LinearSVR",
  // sklearn LinearSVR regression
  "sklearn.svm._classes.NuSVC",
  // sklearn NuSVC binary
  "sklearn.svm._classes.NuSVR",
  // sklearn NuSVR regression
  "sklearn.svm._classes.OneClassSVM",
  // sklearn OneClassSVM binary
  "sklearn.svm._classes.SVC",
  // sklearn SVC binary
  "sklearn.svm._classes.SVR",
  // sklearn SVR kernel=linear
  "sklearn.tree._classes.DecisionTreeClassifier",
  // sklearn AdaBoostClassifier SAMME
  "sklearn.tree._classes.DecisionTreeRegressor",
  // sklearn AdaBoostRegressor regression
  "sklearn.tree._classes.ExtraTreeClassifier",
  // sklearn ExtraTreeClassifier binary
  "sklearn.tree._classes.ExtraTreeRegressor",
  // sklearn ExtraTreeRegressor multioutput
  "sklearn.tree._tree.Tree",
  // sklearn AdaBoostClassifier SAMME
  "sklearn.utils._bunch.Bunch",
  // sklearn Bunch
  // torch tensors
  "torch.BFloat16Storage",
  "torch.BoolStorage",
  "torch.ByteStorage",
  // torch misc
  // torch tensors
  "torch.CharStorage",
  "torch.ComplexDoubleStorage",
  "torch.ComplexFloatStorage",
  "torch.DoubleStorage",
  // quantized static onednn
  "torch.FloatStorage",
  // checkpoint argparse
  "torch.HalfStorage",
  // torch tensors
  "torch.IntStorage",
  // qat prepared state_dict
  "torch.LongStorage",
  // qat prepared
  "torch.QInt32Storage",
  // torch quantized tensors
  "torch.QInt8Storage",
  // quantized dynamic onednn
  "torch.QUInt4x2Storage",
  // torch quantized tensors
  "torch.QUInt8Storage",
  // quantized embeddings
  "torch.ScriptObject",
  // quantized dynamic onednn
  "torch.ShortStorage",
  // torch tensors
  "torch.Size",
  // torch misc
  "torch._utils._rebuild_parameter",
  // qat prepared
  "torch._utils._rebuild_qtensor",
  // quantized dynamic onednn
  // torch sparse
  "torch._utils._rebuild_sparse_csr_tensor",
  "torch._utils._rebuild_sparse_tensor",
  "torch._utils._rebuild_tensor_v2",
  // checkpoint argparse
  // torch.nn: each class written by its own sample
  "torch.ao.nn.intrinsic.modules.fused.BNReLU2d",
  "torch.ao.nn.intrinsic.modules.fused.BNReLU3d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBn1d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBn2d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBn3d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBnReLU1d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBnReLU2d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBnReLU3d",
  "torch.ao.nn.intrinsic.modules.fused.ConvReLU1d",
  "torch.ao.nn.intrinsic.modules.fused.ConvReLU2d",
  "torch.ao.nn.intrinsic.modules.fused.ConvReLU3d",
  "torch.ao.nn.intrinsic.modules.fused.LinearBn1d",
  "torch.ao.nn.intrinsic.modules.fused.LinearReLU",
  "torch.ao.nn.intrinsic.modules.fused._FusedModule",
  "torch.ao.nn.qat.dynamic.modules.linear.Linear",
  "torch.ao.nn.qat.modules.conv.Conv1d",
  "torch.ao.nn.qat.modules.conv.Conv2d",
  "torch.ao.nn.qat.modules.conv.Conv3d",
  "torch.ao.nn.qat.modules.embedding_ops.Embedding",
  "torch.ao.nn.qat.modules.embedding_ops.EmbeddingBag",
  "torch.ao.nn.qat.modules.linear.Linear",
  "torch.ao.nn.quantizable.modules.activation.MultiheadAttention",
  "torch.ao.nn.quantizable.modules.rnn.LSTM",
  // torch.nn torch.ao.nn.quantizable.modules.rnn.LSTM
  "torch.ao.nn.quantizable.modules.rnn.LSTMCell",
  "torch.ao.nn.quantizable.modules.rnn._LSTMLayer",
  "torch.ao.nn.quantizable.modules.rnn._LSTMSingleLayer",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.dynamic.modules.conv.Conv1d",
  "torch.ao.nn.quantized.dynamic.modules.conv.Conv2d",
  "torch.ao.nn.quantized.dynamic.modules.conv.ConvTranspose1d",
  "torch.ao.nn.quantized.dynamic.modules.conv.ConvTranspose2d",
  // quantized dynamic onednn
  "torch.ao.nn.quantized.dynamic.modules.linear.Linear",
  "torch.ao.nn.quantized.dynamic.modules.rnn.GRU",
  "torch.ao.nn.quantized.dynamic.modules.rnn.GRUCell",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.dynamic.modules.rnn.LSTM",
  // quantized dynamic onednn
  "torch.ao.nn.quantized.dynamic.modules.rnn.LSTMCell",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.dynamic.modules.rnn.PackedParameter",
  // quantized dynamic onednn
  "torch.ao.nn.quantized.dynamic.modules.rnn.RNNCell",
  // torch.nn: each class written by its own sample
  // quantized static onednn
  "torch.ao.nn.quantized.modules.DeQuantize",
  "torch.ao.nn.quantized.modules.Quantize",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.modules.activation.ELU",
  "torch.ao.nn.quantized.modules.activation.Hardswish",
  "torch.ao.nn.quantized.modules.activation.LeakyReLU",
  "torch.ao.nn.quantized.modules.activation.MultiheadAttention",
  "torch.ao.nn.quantized.modules.activation.PReLU",
  "torch.ao.nn.quantized.modules.activation.ReLU6",
  "torch.ao.nn.quantized.modules.activation.Sigmoid",
  "torch.ao.nn.quantized.modules.activation.Softmax",
  "torch.ao.nn.quantized.modules.batchnorm.BatchNorm2d",
  "torch.ao.nn.quantized.modules.batchnorm.BatchNorm3d",
  "torch.ao.nn.quantized.modules.conv.Conv1d",
  "torch.ao.nn.quantized.modules.conv.Conv2d",
  "torch.ao.nn.quantized.modules.conv.ConvTranspose1d",
  "torch.ao.nn.quantized.modules.conv.ConvTranspose2d",
  "torch.ao.nn.quantized.modules.dropout.Dropout",
  // quantized embeddings
  "torch.ao.nn.quantized.modules.embedding_ops.Embedding",
  "torch.ao.nn.quantized.modules.embedding_ops.EmbeddingBag",
  "torch.ao.nn.quantized.modules.embedding_ops.EmbeddingPackedParams",
  "torch.ao.nn.quantized.modules.functional_modules.FXFloatFunctional",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.modules.functional_modules.FloatFunctional",
  // torch.nn torch.ao.nn.quantizable.modules.activation.MultiheadAttention
  "torch.ao.nn.quantized.modules.functional_modules.QFunctional",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.modules.linear.Linear",
  // quantized static onednn
  "torch.ao.nn.quantized.modules.linear.LinearPackedParams",
  // quantized dynamic onednn
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.modules.normalization.GroupNorm",
  "torch.ao.nn.quantized.modules.normalization.InstanceNorm1d",
  "torch.ao.nn.quantized.modules.normalization.InstanceNorm2d",
  "torch.ao.nn.quantized.modules.normalization.InstanceNorm3d",
  "torch.ao.nn.quantized.modules.normalization.LayerNorm",
  "torch.ao.nn.quantized.modules.rnn.LSTM",
  "torch.ao.nn.quantized.reference.modules.conv.Conv1d",
  "torch.ao.nn.quantized.reference.modules.conv.Conv2d",
  "torch.ao.nn.quantized.reference.modules.conv.Conv3d",
  "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose1d",
  "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose2d",
  "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose3d",
  "torch.ao.nn.quantized.reference.modules.linear.Linear",
  "torch.ao.nn.quantized.reference.modules.rnn.GRUCell",
  "torch.ao.nn.quantized.reference.modules.rnn.LSTM",
  "torch.ao.nn.quantized.reference.modules.rnn.LSTMCell",
  "torch.ao.nn.quantized.reference.modules.rnn.RNNCell",
  "torch.ao.nn.quantized.reference.modules.sparse.Embedding",
  "torch.ao.nn.quantized.reference.modules.sparse.EmbeddingBag",
  "torch.ao.quantization.fake_quantize.FakeQuantize",
  // torch.nn torch.ao.nn.qat.dynamic.modules.linear.Linear
  // qat prepared
  "torch.ao.quantization.fake_quantize.FusedMovingAvgObsFakeQuantize",
  "torch.ao.quantization.observer.MovingAverageMinMaxObserver",
  // torch.nn torch.ao.nn.qat.modules.embedding_ops.Embedding
  "torch.ao.quantization.observer.PerChannelMinMaxObserver",
  "torch.ao.quantization.observer.PlaceholderObserver",
  // qat prepared
  "torch.ao.quantization.observer._PartialWrapper",
  "torch.ao.quantization.qconfig.QConfig",
  "torch.ao.quantization.qconfig.add_module_to_qconfig_obs_ctr.<locals>.get_factory_kwargs_based_on_module_device",
  "torch.ao.quantization.quantize._observer_forward_hook",
  // torch.nn torch.ao.nn.quantizable.modules.activation.MultiheadAttention
  "torch.ao.quantization.stubs.DeQuantStub",
  "torch.ao.quantization.stubs.QuantStub",
  // torch dtypes
  "torch.bfloat16",
  "torch.bool",
  "torch.complex128",
  "torch.complex32",
  "torch.complex64",
  "torch.device",
  // torch layouts
  // torch dtypes
  "torch.float16",
  "torch.float32",
  "torch.float64",
  "torch.int16",
  "torch.int32",
  "torch.int64",
  "torch.int8",
  // torchscript scripted attributes data.pkl
  "torch.jit._pickle.build_boollist",
  "torch.jit._pickle.build_doublelist",
  "torch.jit._pickle.build_intlist",
  "torch.jit._pickle.build_tensorlist",
  "torch.jit._pickle.restore_type_tag",
  "torch.nn.functional.relu",
  // torch.nn torch.nn.modules.transformer.Transformer
  // same object as its twin under the module path it re-exports (MODULE_ALIASES)
  "torch.nn.intrinsic.modules.fused.BNReLU2d",
  "torch.nn.intrinsic.modules.fused.BNReLU3d",
  "torch.nn.intrinsic.modules.fused.ConvBn1d",
  "torch.nn.intrinsic.modules.fused.ConvBn2d",
  "torch.nn.intrinsic.modules.fused.ConvBn3d",
  "torch.nn.intrinsic.modules.fused.ConvBnReLU1d",
  "torch.nn.intrinsic.modules.fused.ConvBnReLU2d",
  "torch.nn.intrinsic.modules.fused.ConvBnReLU3d",
  "torch.nn.intrinsic.modules.fused.ConvReLU1d",
  "torch.nn.intrinsic.modules.fused.ConvReLU2d",
  "torch.nn.intrinsic.modules.fused.ConvReLU3d",
  "torch.nn.intrinsic.modules.fused.LinearBn1d",
  "torch.nn.intrinsic.modules.fused.LinearReLU",
  "torch.nn.intrinsic.modules.fused._FusedModule",
  "torch.nn.intrinsic.qat.modules.conv_fused.ConvBnReLU2d",
  // qat prepared
  // torch.nn: each class written by its own sample
  "torch.nn.intrinsic.quantized.dynamic.modules.linear_relu.LinearReLU",
  "torch.nn.intrinsic.quantized.modules.bn_relu.BNReLU2d",
  "torch.nn.intrinsic.quantized.modules.bn_relu.BNReLU3d",
  "torch.nn.intrinsic.quantized.modules.conv_relu.ConvReLU1d",
  "torch.nn.intrinsic.quantized.modules.conv_relu.ConvReLU2d",
  // quantized static onednn
  // torch.nn: each class written by its own sample
  "torch.nn.intrinsic.quantized.modules.linear_relu.LinearReLU",
  "torch.nn.modules.activation.CELU",
  "torch.nn.modules.activation.ELU",
  "torch.nn.modules.activation.GELU",
  "torch.nn.modules.activation.GLU",
  "torch.nn.modules.activation.Hardshrink",
  "torch.nn.modules.activation.Hardsigmoid",
  "torch.nn.modules.activation.Hardswish",
  "torch.nn.modules.activation.Hardtanh",
  "torch.nn.modules.activation.LeakyReLU",
  "torch.nn.modules.activation.LogSigmoid",
  "torch.nn.modules.activation.LogSoftmax",
  "torch.nn.modules.activation.Mish",
  "torch.nn.modules.activation.MultiheadAttention",
  "torch.nn.modules.activation.PReLU",
  "torch.nn.modules.activation.RReLU",
  "torch.nn.modules.activation.ReLU",
  // torch containers
  // torch.nn: each class written by its own sample
  "torch.nn.modules.activation.ReLU6",
  "torch.nn.modules.activation.SELU",
  "torch.nn.modules.activation.SiLU",
  "torch.nn.modules.activation.Sigmoid",
  "torch.nn.modules.activation.Softmax",
  "torch.nn.modules.activation.Softmax2d",
  "torch.nn.modules.activation.Softmin",
  "torch.nn.modules.activation.Softplus",
  "torch.nn.modules.activation.Softshrink",
  "torch.nn.modules.activation.Softsign",
  "torch.nn.modules.activation.Tanh",
  // torch containers
  // torch.nn: each class written by its own sample
  "torch.nn.modules.activation.Tanhshrink",
  "torch.nn.modules.activation.Threshold",
  "torch.nn.modules.adaptive.AdaptiveLogSoftmaxWithLoss",
  "torch.nn.modules.batchnorm.BatchNorm1d",
  // torch.nn torch.ao.nn.intrinsic.modules.fused.ConvBn1d
  "torch.nn.modules.batchnorm.BatchNorm2d",
  // qat prepared
  "torch.nn.modules.batchnorm.BatchNorm3d",
  // torch.nn torch.ao.nn.intrinsic.modules.fused.BNReLU3d
  // torch.nn: each class written by its own sample
  "torch.nn.modules.batchnorm.LazyBatchNorm1d",
  "torch.nn.modules.batchnorm.LazyBatchNorm2d",
  "torch.nn.modules.batchnorm.LazyBatchNorm3d",
  "torch.nn.modules.batchnorm.SyncBatchNorm",
  "torch.nn.modules.channelshuffle.ChannelShuffle",
  "torch.nn.modules.container.Container",
  "torch.nn.modules.container.ModuleDict",
  // torch containers
  "torch.nn.modules.container.ModuleList",
  // quantized dynamic onednn
  // torch containers
  "torch.nn.modules.container.ParameterDict",
  "torch.nn.modules.container.ParameterList",
  "torch.nn.modules.container.Sequential",
  // qat prepared
  "torch.nn.modules.conv.Conv1d",
  // torch weight_norm
  "torch.nn.modules.conv.Conv2d",
  // torch.nn torch.ao.nn.intrinsic.modules.fused.ConvBn2d
  "torch.nn.modules.conv.Conv3d",
  // torch.nn torch.ao.nn.intrinsic.modules.fused.ConvBn3d
  // torch.nn: each class written by its own sample
  "torch.nn.modules.conv.ConvTranspose1d",
  "torch.nn.modules.conv.ConvTranspose2d",
  "torch.nn.modules.conv.ConvTranspose3d",
  "torch.nn.modules.conv.LazyConv1d",
  "torch.nn.modules.conv.LazyConv2d",
  "torch.nn.modules.conv.LazyConv3d",
  "torch.nn.modules.conv.LazyConvTranspose1d",
  "torch.nn.modules.conv.LazyConvTranspose2d",
  "torch.nn.modules.conv.LazyConvTranspose3d",
  "torch.nn.modules.distance.CosineSimilarity",
  "torch.nn.modules.distance.PairwiseDistance",
  "torch.nn.modules.dropout.AlphaDropout",
  "torch.nn.modules.dropout.Dropout",
  "torch.nn.modules.dropout.Dropout1d",
  "torch.nn.modules.dropout.Dropout2d",
  "torch.nn.modules.dropout.Dropout3d",
  "torch.nn.modules.dropout.FeatureAlphaDropout",
  "torch.nn.modules.flatten.Flatten",
  // quantized static onednn
  // torch.nn: each class written by its own sample
  "torch.nn.modules.flatten.Unflatten",
  "torch.nn.modules.fold.Fold",
  "torch.nn.modules.fold.Unfold",
  "torch.nn.modules.instancenorm.InstanceNorm1d",
  "torch.nn.modules.instancenorm.InstanceNorm2d",
  "torch.nn.modules.instancenorm.InstanceNorm3d",
  "torch.nn.modules.instancenorm.LazyInstanceNorm1d",
  "torch.nn.modules.instancenorm.LazyInstanceNorm2d",
  "torch.nn.modules.instancenorm.LazyInstanceNorm3d",
  "torch.nn.modules.linear.Bilinear",
  "torch.nn.modules.linear.Identity",
  // quantized static onednn
  "torch.nn.modules.linear.LazyLinear",
  // torch.nn: each class written by its own sample
  "torch.nn.modules.linear.Linear",
  // torch DataParallel
  "torch.nn.modules.linear.NonDynamicallyQuantizableLinear",
  // torch.nn torch.nn.modules.activation.MultiheadAttention
  // torch.nn: each class written by its own sample
  "torch.nn.modules.loss.BCELoss",
  "torch.nn.modules.loss.BCEWithLogitsLoss",
  "torch.nn.modules.loss.CTCLoss",
  "torch.nn.modules.loss.CosineEmbeddingLoss",
  "torch.nn.modules.loss.CrossEntropyLoss",
  "torch.nn.modules.loss.GaussianNLLLoss",
  "torch.nn.modules.loss.HingeEmbeddingLoss",
  "torch.nn.modules.loss.HuberLoss",
  "torch.nn.modules.loss.KLDivLoss",
  "torch.nn.modules.loss.L1Loss",
  "torch.nn.modules.loss.MSELoss",
  "torch.nn.modules.loss.MarginRankingLoss",
  "torch.nn.modules.loss.MultiLabelMarginLoss",
  "torch.nn.modules.loss.MultiLabelSoftMarginLoss",
  "torch.nn.modules.loss.MultiMarginLoss",
  "torch.nn.modules.loss.NLLLoss",
  "torch.nn.modules.loss.NLLLoss2d",
  "torch.nn.modules.loss.PoissonNLLLoss",
  "torch.nn.modules.loss.SmoothL1Loss",
  "torch.nn.modules.loss.SoftMarginLoss",
  "torch.nn.modules.loss.TripletMarginLoss",
  "torch.nn.modules.loss.TripletMarginWithDistanceLoss",
  "torch.nn.modules.module._WrappedHook",
  // torch spectral_norm
  // torch.nn: each class written by its own sample
  "torch.nn.modules.normalization.CrossMapLRN2d",
  "torch.nn.modules.normalization.GroupNorm",
  "torch.nn.modules.normalization.LayerNorm",
  "torch.nn.modules.normalization.LocalResponseNorm",
  "torch.nn.modules.padding.ConstantPad1d",
  "torch.nn.modules.padding.ConstantPad2d",
  "torch.nn.modules.padding.ConstantPad3d",
  "torch.nn.modules.padding.ReflectionPad1d",
  "torch.nn.modules.padding.ReflectionPad2d",
  "torch.nn.modules.padding.ReflectionPad3d",
  "torch.nn.modules.padding.ReplicationPad1d",
  "torch.nn.modules.padding.ReplicationPad2d",
  "torch.nn.modules.padding.ReplicationPad3d",
  "torch.nn.modules.padding.ZeroPad2d",
  "torch.nn.modules.pixelshuffle.PixelShuffle",
  "torch.nn.modules.pixelshuffle.PixelUnshuffle",
  "torch.nn.modules.pooling.AdaptiveAvgPool1d",
  "torch.nn.modules.pooling.AdaptiveAvgPool2d",
  // quantized static onednn
  // torch.nn: each class written by its own sample
  "torch.nn.modules.pooling.AdaptiveAvgPool3d",
  "torch.nn.modules.pooling.AdaptiveMaxPool1d",
  "torch.nn.modules.pooling.AdaptiveMaxPool2d",
  "torch.nn.modules.pooling.AdaptiveMaxPool3d",
  "torch.nn.modules.pooling.AvgPool1d",
  "torch.nn.modules.pooling.AvgPool2d",
  "torch.nn.modules.pooling.AvgPool3d",
  "torch.nn.modules.pooling.FractionalMaxPool2d",
  "torch.nn.modules.pooling.FractionalMaxPool3d",
  "torch.nn.modules.pooling.LPPool1d",
  "torch.nn.modules.pooling.LPPool2d",
  "torch.nn.modules.pooling.MaxPool1d",
  "torch.nn.modules.pooling.MaxPool2d",
  "torch.nn.modules.pooling.MaxPool3d",
  "torch.nn.modules.pooling.MaxUnpool1d",
  "torch.nn.modules.pooling.MaxUnpool2d",
  "torch.nn.modules.pooling.MaxUnpool3d",
  "torch.nn.modules.rnn.GRU",
  "torch.nn.modules.rnn.GRUCell",
  "torch.nn.modules.rnn.LSTM",
  "torch.nn.modules.rnn.LSTMCell",
  "torch.nn.modules.rnn.RNN",
  "torch.nn.modules.rnn.RNNBase",
  "torch.nn.modules.rnn.RNNCell",
  "torch.nn.modules.rnn.RNNCellBase",
  "torch.nn.modules.sparse.Embedding",
  "torch.nn.modules.sparse.EmbeddingBag",
  "torch.nn.modules.transformer.Transformer",
  // torch.nn torch.nn.modules.transformer.Transformer
  "torch.nn.modules.transformer.TransformerDecoder",
  "torch.nn.modules.transformer.TransformerDecoderLayer",
  "torch.nn.modules.transformer.TransformerEncoder",
  "torch.nn.modules.transformer.TransformerEncoderLayer",
  // torch.nn: each class written by its own sample
  "torch.nn.modules.upsampling.Upsample",
  "torch.nn.modules.upsampling.UpsamplingBilinear2d",
  "torch.nn.modules.upsampling.UpsamplingNearest2d",
  "torch.nn.parallel.data_parallel.DataParallel",
  // torch DataParallel
  // torch.nn state_dict torch.nn.modules.batchnorm.LazyBatchNorm1d
  "torch.nn.parameter.UninitializedBuffer",
  "torch.nn.parameter.UninitializedParameter",
  // same object as its twin under the module path it re-exports (MODULE_ALIASES)
  "torch.nn.qat.dynamic.modules.linear.Linear",
  "torch.nn.qat.modules.conv.Conv1d",
  "torch.nn.qat.modules.conv.Conv2d",
  "torch.nn.qat.modules.conv.Conv3d",
  "torch.nn.qat.modules.embedding_ops.Embedding",
  "torch.nn.qat.modules.embedding_ops.EmbeddingBag",
  "torch.nn.qat.modules.linear.Linear",
  "torch.nn.quantizable.modules.activation.MultiheadAttention",
  "torch.nn.quantizable.modules.rnn.LSTM",
  "torch.nn.quantizable.modules.rnn.LSTMCell",
  "torch.nn.quantized._reference.modules.conv.Conv1d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.Conv1d
  "torch.nn.quantized._reference.modules.conv.Conv2d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.Conv2d
  "torch.nn.quantized._reference.modules.conv.Conv3d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.Conv3d
  "torch.nn.quantized._reference.modules.conv.ConvTranspose1d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.ConvTranspose1d
  "torch.nn.quantized._reference.modules.conv.ConvTranspose2d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.ConvTranspose2d
  "torch.nn.quantized._reference.modules.conv.ConvTranspose3d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.ConvTranspose3d
  "torch.nn.quantized._reference.modules.linear.Linear",
  // same object as torch.ao.nn.quantized.reference.modules.linear.Linear
  "torch.nn.quantized._reference.modules.rnn.GRUCell",
  // same object as torch.ao.nn.quantized.reference.modules.rnn.GRUCell
  "torch.nn.quantized._reference.modules.rnn.LSTM",
  // same object as torch.ao.nn.quantized.reference.modules.rnn.LSTM
  "torch.nn.quantized._reference.modules.rnn.LSTMCell",
  // same object as torch.ao.nn.quantized.reference.modules.rnn.LSTMCell
  "torch.nn.quantized._reference.modules.rnn.RNNCell",
  // same object as torch.ao.nn.quantized.reference.modules.rnn.RNNCell
  "torch.nn.quantized._reference.modules.sparse.Embedding",
  // same object as torch.ao.nn.quantized.reference.modules.sparse.Embedding
  "torch.nn.quantized._reference.modules.sparse.EmbeddingBag",
  // same object as torch.ao.nn.quantized.reference.modules.sparse.EmbeddingBag
  // same object as its twin under the module path it re-exports (MODULE_ALIASES)
  "torch.nn.quantized.dynamic.modules.conv.Conv1d",
  "torch.nn.quantized.dynamic.modules.conv.Conv2d",
  "torch.nn.quantized.dynamic.modules.conv.ConvTranspose1d",
  "torch.nn.quantized.dynamic.modules.conv.ConvTranspose2d",
  "torch.nn.quantized.dynamic.modules.linear.Linear",
  "torch.nn.quantized.dynamic.modules.rnn.GRU",
  "torch.nn.quantized.dynamic.modules.rnn.GRUCell",
  "torch.nn.quantized.dynamic.modules.rnn.LSTM",
  "torch.nn.quantized.dynamic.modules.rnn.LSTMCell",
  "torch.nn.quantized.dynamic.modules.rnn.PackedParameter",
  "torch.nn.quantized.dynamic.modules.rnn.RNNCell",
  "torch.nn.quantized.modules.DeQuantize",
  "torch.nn.quantized.modules.Quantize",
  "torch.nn.quantized.modules.activation.ELU",
  "torch.nn.quantized.modules.activation.Hardswish",
  "torch.nn.quantized.modules.activation.LeakyReLU",
  "torch.nn.quantized.modules.activation.MultiheadAttention",
  "torch.nn.quantized.modules.activation.PReLU",
  "torch.nn.quantized.modules.activation.ReLU6",
  "torch.nn.quantized.modules.activation.Sigmoid",
  "torch.nn.quantized.modules.activation.Softmax",
  "torch.nn.quantized.modules.batchnorm.BatchNorm2d",
  "torch.nn.quantized.modules.batchnorm.BatchNorm3d",
  "torch.nn.quantized.modules.conv.Conv1d",
  "torch.nn.quantized.modules.conv.Conv2d",
  "torch.nn.quantized.modules.conv.ConvTranspose1d",
  "torch.nn.quantized.modules.conv.ConvTranspose2d",
  "torch.nn.quantized.modules.dropout.Dropout",
  "torch.nn.quantized.modules.embedding_ops.Embedding",
  "torch.nn.quantized.modules.embedding_ops.EmbeddingBag",
  "torch.nn.quantized.modules.embedding_ops.EmbeddingPackedParams",
  "torch.nn.quantized.modules.functional_modules.FXFloatFunctional",
  "torch.nn.quantized.modules.functional_modules.FloatFunctional",
  "torch.nn.quantized.modules.functional_modules.QFunctional",
  "torch.nn.quantized.modules.linear.Linear",
  "torch.nn.quantized.modules.linear.LinearPackedParams",
  "torch.nn.quantized.modules.normalization.GroupNorm",
  "torch.nn.quantized.modules.normalization.InstanceNorm1d",
  "torch.nn.quantized.modules.normalization.InstanceNorm2d",
  "torch.nn.quantized.modules.normalization.InstanceNorm3d",
  "torch.nn.quantized.modules.normalization.LayerNorm",
  "torch.nn.quantized.modules.rnn.LSTM",
  // torch spectral_norm
  "torch.nn.utils.spectral_norm.SpectralNorm",
  "torch.nn.utils.spectral_norm.SpectralNormLoadStateDictPreHook",
  "torch.nn.utils.spectral_norm.SpectralNormStateDictHook",
  "torch.nn.utils.weight_norm.WeightNorm",
  // torch weight_norm
  "torch.optim.adadelta.Adadelta",
  // torch whole optimizer Adadelta
  "torch.optim.adagrad.Adagrad",
  // torch whole optimizer Adagrad
  "torch.optim.adam.Adam",
  // torch whole optimizer Adam
  "torch.optim.adamax.Adamax",
  // torch whole optimizer Adamax
  "torch.optim.adamw.AdamW",
  // torch whole optimizer AdamW
  "torch.optim.asgd.ASGD",
  // torch whole optimizer ASGD
  "torch.optim.lbfgs.LBFGS",
  // torch whole optimizer LBFGS
  "torch.optim.lr_scheduler.OneCycleLR",
  // torch scheduler OneCycleLR
  "torch.optim.nadam.NAdam",
  // torch whole optimizer NAdam
  "torch.optim.radam.RAdam",
  // torch whole optimizer RAdam
  "torch.optim.rmsprop.RMSprop",
  // torch whole optimizer RMSprop
  "torch.optim.rprop.Rprop",
  // torch whole optimizer Rprop
  "torch.optim.sgd.SGD",
  // torch scheduler OneCycleLR
  "torch.per_channel_affine",
  // quantized embeddings
  // torch dtypes
  "torch.per_channel_affine_float_qparams",
  "torch.per_channel_symmetric",
  "torch.per_tensor_affine",
  // quantized dynamic onednn
  // torch dtypes
  "torch.per_tensor_symmetric",
  "torch.qint32",
  "torch.qint8",
  // quantized dynamic onednn
  // same object as its twin under the module path it re-exports (MODULE_ALIASES)
  "torch.quantization.fake_quantize.FakeQuantize",
  "torch.quantization.fake_quantize.FusedMovingAvgObsFakeQuantize",
  "torch.quantization.observer.MovingAverageMinMaxObserver",
  "torch.quantization.observer.PerChannelMinMaxObserver",
  "torch.quantization.observer.PlaceholderObserver",
  "torch.quantization.observer._PartialWrapper",
  "torch.quantization.qconfig.QConfig",
  "torch.quantization.quantize._observer_forward_hook",
  "torch.quantization.stubs.DeQuantStub",
  "torch.quantization.stubs.QuantStub",
  // torch dtypes
  "torch.quint2x4",
  "torch.quint4x2",
  "torch.quint8",
  // quantized embeddings
  "torch.serialization._get_layout",
  // torch layouts
  "torch.torch_version.TorchVersion",
  // torch misc
  "torch.uint8",
  // torch dtypes
  "torch.utils.hooks.RemovableHandle",
  // torch.nn torch.nn.modules.batchnorm.LazyBatchNorm1d
  "torchvision.models._utils.IntermediateLayerGetter",
  // torchvision deeplabv3_mobilenet_v3_large
  "torchvision.models.alexnet.AlexNet",
  // torchvision alexnet
  // torchvision convnext_base
  "torchvision.models.convnext.CNBlock",
  "torchvision.models.convnext.ConvNeXt",
  "torchvision.models.convnext.LayerNorm2d",
  // torchvision densenet121
  "torchvision.models.densenet.DenseNet",
  "torchvision.models.densenet._DenseBlock",
  "torchvision.models.densenet._DenseLayer",
  "torchvision.models.densenet._Transition",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection._utils.BalancedPositiveNegativeSampler",
  "torchvision.models.detection._utils.BoxCoder",
  "torchvision.models.detection._utils.BoxLinearCoder",
  // torchvision fcos_resnet50_fpn
  "torchvision.models.detection._utils.Matcher",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection._utils.SSDMatcher",
  // torchvision ssd300_vgg16
  "torchvision.models.detection.anchor_utils.AnchorGenerator",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection.anchor_utils.DefaultBoxGenerator",
  // torchvision ssd300_vgg16
  "torchvision.models.detection.backbone_utils.BackboneWithFPN",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection.faster_rcnn.FastRCNNConvFCHead",
  // torchvision fasterrcnn_resnet50_fpn_v2
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection.faster_rcnn.FastRCNNPredictor",
  "torchvision.models.detection.faster_rcnn.FasterRCNN",
  "torchvision.models.detection.faster_rcnn.TwoMLPHead",
  // torchvision fcos_resnet50_fpn
  "torchvision.models.detection.fcos.FCOS",
  "torchvision.models.detection.fcos.FCOSClassificationHead",
  "torchvision.models.detection.fcos.FCOSHead",
  "torchvision.models.detection.fcos.FCOSRegressionHead",
  // torchvision keypointrcnn_resnet50_fpn
  "torchvision.models.detection.keypoint_rcnn.KeypointRCNN",
  "torchvision.models.detection.keypoint_rcnn.KeypointRCNNHeads",
  "torchvision.models.detection.keypoint_rcnn.KeypointRCNNPredictor",
  // torchvision maskrcnn_resnet50_fpn
  "torchvision.models.detection.mask_rcnn.MaskRCNN",
  "torchvision.models.detection.mask_rcnn.MaskRCNNHeads",
  "torchvision.models.detection.mask_rcnn.MaskRCNNPredictor",
  // torchvision retinanet_resnet50_fpn
  "torchvision.models.detection.retinanet.RetinaNet",
  "torchvision.models.detection.retinanet.RetinaNetClassificationHead",
  "torchvision.models.detection.retinanet.RetinaNetHead",
  "torchvision.models.detection.retinanet.RetinaNetRegressionHead",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection.roi_heads.RoIHeads",
  "torchvision.models.detection.rpn.RPNHead",
  "torchvision.models.detection.rpn.RegionProposalNetwork",
  // torchvision ssd300_vgg16
  "torchvision.models.detection.ssd.SSD",
  "torchvision.models.detection.ssd.SSDClassificationHead",
  "torchvision.models.detection.ssd.SSDFeatureExtractorVGG",
  "torchvision.models.detection.ssd.SSDHead",
  "torchvision.models.detection.ssd.SSDRegressionHead",
  // torchvision ssdlite320_mobilenet_v3_large
  "torchvision.models.detection.ssdlite.SSDLiteClassificationHead",
  "torchvision.models.detection.ssdlite.SSDLiteFeatureExtractorMobileNet",
  "torchvision.models.detection.ssdlite.SSDLiteHead",
  "torchvision.models.detection.ssdlite.SSDLiteRegressionHead",
  "torchvision.models.detection.transform.GeneralizedRCNNTransform",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.efficientnet.EfficientNet",
  // torchvision efficientnet_b0
  "torchvision.models.efficientnet.FusedMBConv",
  // torchvision efficientnet_v2_l
  "torchvision.models.efficientnet.MBConv",
  // torchvision efficientnet_b0
  // torchvision googlenet
  "torchvision.models.googlenet.BasicConv2d",
  "torchvision.models.googlenet.GoogLeNet",
  "torchvision.models.googlenet.Inception",
  "torchvision.models.googlenet.InceptionAux",
  // torchvision inception_v3
  "torchvision.models.inception.BasicConv2d",
  "torchvision.models.inception.Inception3",
  "torchvision.models.inception.InceptionA",
  "torchvision.models.inception.InceptionAux",
  "torchvision.models.inception.InceptionB",
  "torchvision.models.inception.InceptionC",
  "torchvision.models.inception.InceptionD",
  "torchvision.models.inception.InceptionE",
  // torchvision maxvit_t
  "torchvision.models.maxvit.MBConv",
  "torchvision.models.maxvit.MaxVit",
  "torchvision.models.maxvit.MaxVitBlock",
  "torchvision.models.maxvit.MaxVitLayer",
  "torchvision.models.maxvit.PartitionAttentionLayer",
  "torchvision.models.maxvit.RelativePositionalMultiHeadAttention",
  "torchvision.models.maxvit.SwapAxes",
  "torchvision.models.maxvit.WindowDepartition",
  "torchvision.models.maxvit.WindowPartition",
  // torchvision mnasnet0_5
  "torchvision.models.mnasnet.MNASNet",
  "torchvision.models.mnasnet._InvertedResidual",
  // torchvision mobilenet_v2
  "torchvision.models.mobilenetv2.InvertedResidual",
  "torchvision.models.mobilenetv2.MobileNetV2",
  "torchvision.models.mobilenetv3.InvertedResidual",
  // torchvision deeplabv3_mobilenet_v3_large
  "torchvision.models.mobilenetv3.MobileNetV3",
  // torchvision mobilenet_v3_large
  "torchvision.models.optical_flow.raft.BottleneckBlock",
  // torchvision raft_small
  // torchvision raft_large
  "torchvision.models.optical_flow.raft.ConvGRU",
  "torchvision.models.optical_flow.raft.CorrBlock",
  "torchvision.models.optical_flow.raft.FeatureEncoder",
  "torchvision.models.optical_flow.raft.FlowHead",
  "torchvision.models.optical_flow.raft.MaskPredictor",
  "torchvision.models.optical_flow.raft.MotionEncoder",
  "torchvision.models.optical_flow.raft.RAFT",
  "torchvision.models.optical_flow.raft.RecurrentBlock",
  "torchvision.models.optical_flow.raft.ResidualBlock",
  "torchvision.models.optical_flow.raft.UpdateBlock",
  "torchvision.models.optical_flow.raft._pass_through_h",
  // torchvision raft_small
  "torchvision.models.quantization.googlenet.BasicConv2d",
  // same object as torchvision.models.googlenet.BasicConv2d
  "torchvision.models.quantization.googlenet.GoogLeNet",
  // same object as torchvision.models.googlenet.GoogLeNet
  "torchvision.models.quantization.googlenet.Inception",
  // same object as torchvision.models.googlenet.Inception
  "torchvision.models.quantization.googlenet.InceptionAux",
  // same object as torchvision.models.googlenet.InceptionAux
  // torchvision quantized_googlenet
  "torchvision.models.quantization.googlenet.QuantizableBasicConv2d",
  "torchvision.models.quantization.googlenet.QuantizableGoogLeNet",
  "torchvision.models.quantization.googlenet.QuantizableInception",
  "torchvision.models.quantization.googlenet.QuantizableInceptionAux",
  // torchvision quantized_inception_v3
  "torchvision.models.quantization.inception.QuantizableBasicConv2d",
  "torchvision.models.quantization.inception.QuantizableInception3",
  "torchvision.models.quantization.inception.QuantizableInceptionA",
  "torchvision.models.quantization.inception.QuantizableInceptionAux",
  "torchvision.models.quantization.inception.QuantizableInceptionB",
  "torchvision.models.quantization.inception.QuantizableInceptionC",
  "torchvision.models.quantization.inception.QuantizableInceptionD",
  "torchvision.models.quantization.inception.QuantizableInceptionE",
  "torchvision.models.quantization.mobilenetv2.InvertedResidual",
  // same object as torchvision.models.mobilenetv2.InvertedResidual
  "torchvision.models.quantization.mobilenetv2.MobileNetV2",
  // same object as torchvision.models.mobilenetv2.MobileNetV2
  // torchvision quantized_mobilenet_v2
  "torchvision.models.quantization.mobilenetv2.QuantizableInvertedResidual",
  "torchvision.models.quantization.mobilenetv2.QuantizableMobileNetV2",
  "torchvision.models.quantization.mobilenetv3.InvertedResidual",
  // same object as torchvision.models.mobilenetv3.InvertedResidual
  "torchvision.models.quantization.mobilenetv3.MobileNetV3",
  // same object as torchvision.models.mobilenetv3.MobileNetV3
  // torchvision quantized_mobilenet_v3_large
  "torchvision.models.quantization.mobilenetv3.QuantizableInvertedResidual",
  "torchvision.models.quantization.mobilenetv3.QuantizableMobileNetV3",
  "torchvision.models.quantization.mobilenetv3.QuantizableSqueezeExcitation",
  "torchvision.models.quantization.resnet.BasicBlock",
  // same object as torchvision.models.resnet.BasicBlock
  "torchvision.models.quantization.resnet.Bottleneck",
  // same object as torchvision.models.resnet.Bottleneck
  "torchvision.models.quantization.resnet.QuantizableBasicBlock",
  // torchvision quantized_resnet18
  "torchvision.models.quantization.resnet.QuantizableBottleneck",
  // torchvision quantized_resnet50
  "torchvision.models.quantization.resnet.QuantizableResNet",
  // torchvision quantized_resnet18
  "torchvision.models.quantization.resnet.ResNet",
  // same object as torchvision.models.resnet.ResNet
  // torchvision quantized_shufflenet_v2_x0_5
  "torchvision.models.quantization.shufflenetv2.QuantizableInvertedResidual",
  "torchvision.models.quantization.shufflenetv2.QuantizableShuffleNetV2",
  // torchvision regnet_x_16gf
  "torchvision.models.regnet.AnyStage",
  "torchvision.models.regnet.BottleneckTransform",
  "torchvision.models.regnet.RegNet",
  "torchvision.models.regnet.ResBottleneckBlock",
  "torchvision.models.regnet.SimpleStemIN",
  "torchvision.models.resnet.BasicBlock",
  // torchvision resnet18
  "torchvision.models.resnet.Bottleneck",
  // torchvision deeplabv3_resnet101
  "torchvision.models.resnet.ResNet",
  // torchvision resnet101
  // torchvision deeplabv3_mobilenet_v3_large
  "torchvision.models.segmentation.deeplabv3.ASPP",
  "torchvision.models.segmentation.deeplabv3.ASPPConv",
  "torchvision.models.segmentation.deeplabv3.ASPPPooling",
  "torchvision.models.segmentation.deeplabv3.DeepLabHead",
  "torchvision.models.segmentation.deeplabv3.DeepLabV3",
  // torchvision fcn_resnet101
  "torchvision.models.segmentation.fcn.FCN",
  "torchvision.models.segmentation.fcn.FCNHead",
  // torchvision lraspp_mobilenet_v3_large
  "torchvision.models.segmentation.lraspp.LRASPP",
  "torchvision.models.segmentation.lraspp.LRASPPHead",
  // torchvision shufflenet_v2_x0_5
  "torchvision.models.shufflenetv2.InvertedResidual",
  "torchvision.models.shufflenetv2.ShuffleNetV2",
  // torchvision squeezenet1_0
  "torchvision.models.squeezenet.Fire",
  "torchvision.models.squeezenet.SqueezeNet",
  "torchvision.models.swin_transformer.PatchMerging",
  // torchvision swin_b
  "torchvision.models.swin_transformer.PatchMergingV2",
  // torchvision swin_v2_b
  "torchvision.models.swin_transformer.ShiftedWindowAttention",
  // torchvision swin_b
  "torchvision.models.swin_transformer.ShiftedWindowAttentionV2",
  // torchvision swin_v2_b
  // torchvision swin_b
  "torchvision.models.swin_transformer.SwinTransformer",
  "torchvision.models.swin_transformer.SwinTransformerBlock",
  "torchvision.models.swin_transformer.SwinTransformerBlockV2",
  // torchvision swin_v2_b
  "torchvision.models.vgg.VGG",
  // torchvision vgg11
  // torchvision mvit_v1_b
  "torchvision.models.video.mvit.MViT",
  "torchvision.models.video.mvit.MultiscaleAttention",
  "torchvision.models.video.mvit.MultiscaleBlock",
  "torchvision.models.video.mvit.Pool",
  "torchvision.models.video.mvit.PositionalEncoding",
  // torchvision mc3_18
  "torchvision.models.video.resnet.BasicBlock",
  "torchvision.models.video.resnet.BasicStem",
  "torchvision.models.video.resnet.Conv2Plus1D",
  // torchvision r2plus1d_18
  // torchvision mc3_18
  "torchvision.models.video.resnet.Conv3DNoTemporal",
  "torchvision.models.video.resnet.Conv3DSimple",
  "torchvision.models.video.resnet.R2Plus1dStem",
  // torchvision r2plus1d_18
  "torchvision.models.video.resnet.VideoResNet",
  // torchvision mc3_18
  // torchvision s3d
  "torchvision.models.video.s3d.S3D",
  "torchvision.models.video.s3d.SepInceptionBlock3D",
  "torchvision.models.video.s3d.TemporalSeparableConv",
  // torchvision vit_b_16
  "torchvision.models.vision_transformer.Encoder",
  "torchvision.models.vision_transformer.EncoderBlock",
  "torchvision.models.vision_transformer.MLPBlock",
  "torchvision.models.vision_transformer.VisionTransformer",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.ops.boxes.box_iou",
  "torchvision.ops.feature_pyramid_network.FeaturePyramidNetwork",
  "torchvision.ops.feature_pyramid_network.LastLevelMaxPool",
  "torchvision.ops.feature_pyramid_network.LastLevelP6P7",
  // torchvision fcos_resnet50_fpn
  "torchvision.ops.misc.Conv2dNormActivation",
  // torchvision convnext_base
  "torchvision.ops.misc.Conv3dNormActivation",
  // torchvision s3d
  "torchvision.ops.misc.MLP",
  // torchvision mvit_v1_b
  "torchvision.ops.misc.Permute",
  // torchvision convnext_base
  "torchvision.ops.misc.SqueezeExcitation",
  // torchvision deeplabv3_mobilenet_v3_large
  "torchvision.ops.poolers.MultiScaleRoIAlign",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.ops.stochastic_depth.StochasticDepth",
  // torchvision convnext_base
  "typing.Any",
  // checkpoint omegaconf
  "uuid.UUID",
  // checkpoint data classes
  "xgboost.core.Booster",
  // xgboost Booster
  "xgboost.sklearn.XGBClassifier",
  // xgboost XGBClassifier
  "xgboost.sklearn.XGBRFClassifier",
  // xgboost XGBRFClassifier
  "xgboost.sklearn.XGBRFRegressor",
  // xgboost XGBRFRegressor
  "xgboost.sklearn.XGBRanker",
  // xgboost XGBRanker
  "xgboost.sklearn.XGBRegressor"
  // xgboost XGBRegressor
];

// src/formats/pickle/gadgets.ts
var GADGETS = [
  {
    global: "_bootsubprocess.check_output",
    category: "process",
    via: "call",
    sink: "os.system",
    where: "cpython Lib/_bootsubprocess.py:80"
  },
  {
    global: "_pyio.FileIO",
    category: "filesystem",
    via: "__init__",
    sink: "os.open",
    where: "cpython Lib/_pyio.py:1576"
  },
  {
    global: "aifc.Aifc_read",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/aifc.py:356"
  },
  {
    global: "aifc.Aifc_write",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/aifc.py:581"
  },
  {
    global: "aifc.open",
    category: "filesystem",
    via: "call \u2192 Aifc_read.__init__",
    sink: "builtins.open",
    where: "cpython Lib/aifc.py:356"
  },
  {
    global: "argparse.FileType",
    category: "filesystem",
    via: "__call__",
    sink: "builtins.open",
    where: "cpython Lib/argparse.py:1301"
  },
  {
    global: "bz2.BZ2File",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "bz2.open",
    category: "filesystem",
    via: "call \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "calendar.main",
    category: "filesystem",
    via: "call \u2192 ArgumentParser.parse_args \u2192 ArgumentParser.parse_known_args \u2192 ArgumentParser._parse_known_args \u2192 ArgumentParser._read_args_from_files",
    sink: "builtins.open",
    where: "cpython Lib/argparse.py:2180"
  },
  {
    global: "cgi.FieldStorage",
    category: "filesystem",
    via: "__init__ \u2192 FieldStorage.read_single \u2192 FieldStorage.read_binary \u2192 FieldStorage.make_file \u2192 TemporaryFile",
    sink: "os.open",
    where: "cpython Lib/tempfile.py:774"
  },
  {
    global: "cgitb.Hook",
    category: "filesystem",
    via: "__call__ \u2192 Hook.handle",
    sink: "tempfile.mkstemp",
    where: "cpython Lib/cgitb.py:307"
  },
  {
    global: "cgitb.html",
    category: "filesystem",
    via: "call \u2192 getline \u2192 getlines \u2192 updatecache \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "cgitb.text",
    category: "filesystem",
    via: "call \u2192 getline \u2192 getlines \u2192 updatecache \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "collections.namedtuple",
    category: "code-execution",
    via: "call",
    sink: "builtins.eval",
    where: "cpython Lib/collections/__init__.py:434"
  },
  {
    global: "dataclasses._create_fn",
    category: "code-execution",
    via: "call",
    sink: "builtins.exec",
    where: "cpython Lib/dataclasses.py:433"
  },
  {
    global: "encodings.search_function",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "cpython Lib/encodings/__init__.py:99"
  },
  {
    global: "gettext.GNUTranslations",
    category: "code-execution",
    via: "__init__ \u2192 GNUTranslations._parse \u2192 c2py",
    sink: "builtins.exec",
    where: "cpython Lib/gettext.py:204"
  },
  {
    global: "gettext.c2py",
    category: "code-execution",
    via: "call",
    sink: "builtins.exec",
    where: "cpython Lib/gettext.py:204"
  },
  {
    global: "gettext.dgettext",
    category: "filesystem",
    via: "call \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.dngettext",
    category: "filesystem",
    via: "call \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.dnpgettext",
    category: "filesystem",
    via: "call \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.dpgettext",
    category: "filesystem",
    via: "call \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.gettext",
    category: "filesystem",
    via: "call \u2192 dgettext \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.install",
    category: "filesystem",
    via: "call \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.ngettext",
    category: "filesystem",
    via: "call \u2192 dngettext \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.npgettext",
    category: "filesystem",
    via: "call \u2192 dnpgettext \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.pgettext",
    category: "filesystem",
    via: "call \u2192 dpgettext \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.translation",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gzip.GzipFile",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "gzip.open",
    category: "filesystem",
    via: "call \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "imaplib.IMAP4",
    category: "network",
    via: "__init__ \u2192 IMAP4.open \u2192 IMAP4._create_socket",
    sink: "socket.create_connection",
    where: "cpython Lib/imaplib.py:301"
  },
  {
    global: "imghdr.testall",
    category: "filesystem",
    via: "call \u2192 testall \u2192 testall \u2192 testall \u2192 what",
    sink: "builtins.open",
    where: "cpython Lib/imghdr.py:21"
  },
  {
    global: "imghdr.what",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/imghdr.py:21"
  },
  {
    global: "joblib._deprecated_format_stack._fixed_getframes",
    category: "filesystem",
    via: "call \u2192 getlines \u2192 updatecache \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "joblib._deprecated_format_stack.format_exc",
    category: "code-execution",
    via: "call \u2192 format_records",
    sink: "builtins.eval",
    where: "joblib/_deprecated_format_stack.py:288"
  },
  {
    global: "joblib._deprecated_format_stack.format_outer_frames",
    category: "code-execution",
    via: "call \u2192 format_records",
    sink: "builtins.eval",
    where: "joblib/_deprecated_format_stack.py:288"
  },
  {
    global: "joblib._deprecated_format_stack.format_records",
    category: "code-execution",
    via: "call",
    sink: "builtins.eval",
    where: "joblib/_deprecated_format_stack.py:288"
  },
  {
    global: "joblib._memmapping_reducer.ArrayMemmapForwardReducer",
    category: "nested-loader",
    via: "__call__",
    sink: "joblib.load",
    where: "joblib/_memmapping_reducer.py:455"
  },
  {
    global: "joblib._memmapping_reducer.TemporaryResourcesManager",
    category: "filesystem",
    via: "__init__ \u2192 TemporaryResourcesManager.set_current_context \u2192 TemporaryResourcesManager.register_new_context \u2192 _get_temp_dir",
    sink: "os.makedirs",
    where: "joblib/_memmapping_reducer.py:217"
  },
  {
    global: "joblib._memmapping_reducer._get_temp_dir",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "joblib/_memmapping_reducer.py:217"
  },
  {
    global: "joblib._memmapping_reducer._strided_from_memmap",
    category: "filesystem",
    via: "call \u2192 make_memmap",
    sink: "numpy.memmap",
    where: "joblib/backports.py:146"
  },
  {
    global: "joblib._memmapping_reducer.unlink_file",
    category: "filesystem",
    via: "call",
    sink: "os.unlink",
    where: "joblib/_memmapping_reducer.py:91"
  },
  {
    global: "joblib.backports.make_memmap",
    category: "filesystem",
    via: "call",
    sink: "numpy.memmap",
    where: "joblib/backports.py:146"
  },
  {
    global: "joblib.compressor.BinaryGzipFile",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "joblib/compressor.py:287"
  },
  {
    global: "joblib.compressor.BinaryZlibFile",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "joblib/compressor.py:287"
  },
  {
    global: "joblib.disk.delete_folder",
    category: "filesystem",
    via: "call",
    sink: "shutil.rmtree",
    where: "joblib/disk.py:109"
  },
  {
    global: "joblib.disk.mkdirp",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "joblib/disk.py:61"
  },
  {
    global: "joblib.disk.rm_subdirs",
    category: "filesystem",
    via: "call \u2192 delete_folder",
    sink: "shutil.rmtree",
    where: "joblib/disk.py:109"
  },
  {
    global: "joblib.func_inspect.get_func_code",
    category: "filesystem",
    via: "call \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "joblib.logger.PrintTime",
    category: "filesystem",
    via: "__init__ \u2192 mkdirp",
    sink: "os.makedirs",
    where: "joblib/disk.py:61"
  },
  {
    global: "joblib.memory.MemorizedFunc",
    category: "filesystem",
    via: "__call__ \u2192 MemorizedFunc._cached_call \u2192 MemorizedFunc._check_previous_func_code \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "joblib.numpy_pickle.NumpyArrayWrapper.read",
    category: "nested-loader",
    via: "call \u2192 NumpyArrayWrapper.read_array",
    sink: "pickle.load",
    where: "joblib/numpy_pickle.py:152"
  },
  {
    global: "joblib.numpy_pickle.NumpyArrayWrapper.read_array",
    category: "nested-loader",
    via: "call",
    sink: "pickle.load",
    where: "joblib/numpy_pickle.py:152"
  },
  {
    global: "joblib.numpy_pickle.NumpyArrayWrapper.read_mmap",
    category: "filesystem",
    via: "call \u2192 make_memmap",
    sink: "numpy.memmap",
    where: "joblib/backports.py:146"
  },
  {
    global: "joblib.numpy_pickle.NumpyArrayWrapper.write_array",
    category: "filesystem",
    via: "call",
    sink: "pickle.dump",
    where: "joblib/numpy_pickle.py:109"
  },
  {
    global: "joblib.numpy_pickle.dump",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "joblib/numpy_pickle.py:552"
  },
  {
    global: "joblib.numpy_pickle.load",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "joblib/numpy_pickle.py:650"
  },
  {
    global: "joblib.numpy_pickle.load_temporary_memmap",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "joblib/numpy_pickle.py:597"
  },
  {
    global: "joblib.pool.MemmappingPool",
    category: "filesystem",
    via: "__init__ \u2192 TemporaryResourcesManager.__init__ \u2192 TemporaryResourcesManager.set_current_context \u2192 TemporaryResourcesManager.register_new_context \u2192 _get_temp_dir",
    sink: "os.makedirs",
    where: "joblib/_memmapping_reducer.py:217"
  },
  {
    global: "joblib.test.data.create_numpy_pickle.write_test_pickle",
    category: "filesystem",
    via: "call",
    sink: "joblib.dump",
    where: "joblib/test/data/create_numpy_pickle.py:60"
  },
  {
    global: "lzma.LZMAFile",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/lzma.py:120"
  },
  {
    global: "lzma.open",
    category: "filesystem",
    via: "call \u2192 LZMAFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/lzma.py:120"
  },
  {
    global: "mailbox.Babyl",
    category: "filesystem",
    via: "__init__ \u2192 _singlefileMailbox.__init__",
    sink: "builtins.open",
    where: "cpython Lib/mailbox.py:584"
  },
  {
    global: "mailbox.MH",
    category: "filesystem",
    via: "__init__",
    sink: "os.mkdir",
    where: "cpython Lib/mailbox.py:943"
  },
  {
    global: "mailbox.MMDF",
    category: "filesystem",
    via: "__init__ \u2192 _singlefileMailbox.__init__",
    sink: "builtins.open",
    where: "cpython Lib/mailbox.py:584"
  },
  {
    global: "mailbox.Maildir",
    category: "filesystem",
    via: "__init__",
    sink: "os.mkdir",
    where: "cpython Lib/mailbox.py:282"
  },
  {
    global: "mailbox._create_carefully",
    category: "filesystem",
    via: "call",
    sink: "os.open",
    where: "cpython Lib/mailbox.py:2114"
  },
  {
    global: "mailbox._create_temporary",
    category: "filesystem",
    via: "call \u2192 _create_carefully",
    sink: "os.open",
    where: "cpython Lib/mailbox.py:2114"
  },
  {
    global: "mailbox._lock_file",
    category: "filesystem",
    via: "call",
    sink: "os.link",
    where: "cpython Lib/mailbox.py:2087"
  },
  {
    global: "mailbox._mboxMMDF",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/mailbox.py:584"
  },
  {
    global: "mailbox._singlefileMailbox",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/mailbox.py:584"
  },
  {
    global: "mailbox._unlock_file",
    category: "filesystem",
    via: "call",
    sink: "os.remove",
    where: "cpython Lib/mailbox.py:2110"
  },
  {
    global: "mailbox.mbox",
    category: "filesystem",
    via: "__init__ \u2192 _singlefileMailbox.__init__",
    sink: "builtins.open",
    where: "cpython Lib/mailbox.py:584"
  },
  {
    global: "mailcap.findmatch",
    category: "process",
    via: "call",
    sink: "os.system",
    where: "cpython Lib/mailcap.py:191"
  },
  {
    global: "mimetypes.MimeTypes",
    category: "filesystem",
    via: "__init__ \u2192 MimeTypes.read",
    sink: "builtins.open",
    where: "cpython Lib/mimetypes.py:209"
  },
  {
    global: "mimetypes.init",
    category: "filesystem",
    via: "call \u2192 MimeTypes.read",
    sink: "builtins.open",
    where: "cpython Lib/mimetypes.py:209"
  },
  {
    global: "mimetypes.read_mime_types",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/mimetypes.py:390"
  },
  {
    global: "netrc.netrc",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/netrc.py:74"
  },
  {
    global: "numpy.DataSource",
    category: "filesystem",
    via: "__del__",
    sink: "shutil.rmtree",
    where: "numpy/lib/_datasource.py:261"
  },
  {
    global: "numpy._typing.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.array_api.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.compat.py3k.npy_load_module",
    category: "importer",
    via: "call",
    sink: "importlib.machinery.SourceFileLoader",
    where: "numpy/compat/py3k.py:133"
  },
  {
    global: "numpy.compat.py3k.open_latin1",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/compat/py3k.py:53"
  },
  {
    global: "numpy.compat.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.core._add_newdocs_scalars.add_newdoc_for_scalar_type",
    category: "importer",
    via: "call \u2192 add_newdoc",
    sink: "builtins.__import__",
    where: "numpy/core/function_base.py:529"
  },
  {
    global: "numpy.core._methods._dump",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/core/_methods.py:292"
  },
  {
    global: "numpy.core._ufunc_reconstruct",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "numpy/core/__init__.py:126"
  },
  {
    global: "numpy.core.function_base.add_newdoc",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "numpy/core/function_base.py:529"
  },
  {
    global: "numpy.fft.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.fromregex",
    category: "network",
    via: "call \u2192 open \u2192 DataSource.open \u2192 DataSource._findfile \u2192 DataSource._cache",
    sink: "urllib.request.urlopen",
    where: "numpy/lib/_datasource.py:337"
  },
  {
    global: "numpy.genfromtxt",
    category: "network",
    via: "call \u2192 open \u2192 DataSource.open \u2192 DataSource._findfile \u2192 DataSource._cache",
    sink: "urllib.request.urlopen",
    where: "numpy/lib/_datasource.py:337"
  },
  {
    global: "numpy.info",
    category: "importer",
    via: "call \u2192 _makenamedict",
    sink: "builtins.__import__",
    where: "numpy/lib/utils.py:477"
  },
  {
    global: "numpy.lib._datasource.Repository",
    category: "filesystem",
    via: "__del__ \u2192 DataSource.__del__",
    sink: "shutil.rmtree",
    where: "numpy/lib/_datasource.py:261"
  },
  {
    global: "numpy.lib._datasource.open",
    category: "network",
    via: "call \u2192 DataSource.open \u2192 DataSource._findfile \u2192 DataSource._cache",
    sink: "urllib.request.urlopen",
    where: "numpy/lib/_datasource.py:337"
  },
  {
    global: "numpy.lib.format.open_memmap",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/lib/format.py:911"
  },
  {
    global: "numpy.lib.format.read_array",
    category: "nested-loader",
    via: "call",
    sink: "pickle.load",
    where: "numpy/lib/format.py:792"
  },
  {
    global: "numpy.lib.format.write_array",
    category: "filesystem",
    via: "call",
    sink: "pickle.dump",
    where: "numpy/lib/format.py:711"
  },
  {
    global: "numpy.lib.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.lib.utils._lookfor_generate_cache",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "numpy/lib/utils.py:913"
  },
  {
    global: "numpy.lib.utils._makenamedict",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "numpy/lib/utils.py:477"
  },
  {
    global: "numpy.linalg.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.load",
    category: "nested-loader",
    via: "call \u2192 read_array",
    sink: "pickle.load",
    where: "numpy/lib/format.py:792"
  },
  {
    global: "numpy.loadtxt",
    category: "filesystem",
    via: "call",
    sink: "numpy.loadtxt",
    where: "numpy/lib/npyio.py:1333"
  },
  {
    global: "numpy.lookfor",
    category: "importer",
    via: "call \u2192 _lookfor_generate_cache",
    sink: "builtins.__import__",
    where: "numpy/lib/utils.py:913"
  },
  {
    global: "numpy.ma.bench.compare_functions_1v",
    category: "code-execution",
    via: "call \u2192 timer \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "numpy.ma.bench.compare_functions_2v",
    category: "code-execution",
    via: "call \u2192 timer \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "numpy.ma.bench.compare_methods",
    category: "code-execution",
    via: "call \u2192 timer \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "numpy.ma.bench.timer",
    category: "code-execution",
    via: "call \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "numpy.ma.mrecords.fromtextfile",
    category: "filesystem",
    via: "call \u2192 openfile",
    sink: "builtins.open",
    where: "numpy/ma/mrecords.py:659"
  },
  {
    global: "numpy.ma.mrecords.openfile",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/ma/mrecords.py:659"
  },
  {
    global: "numpy.ma.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.matrixlib.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.memmap",
    category: "filesystem",
    via: "__new__",
    sink: "builtins.open",
    where: "numpy/core/memmap.py:228"
  },
  {
    global: "numpy.ndarray.dump",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/core/_add_newdocs.py:3439"
  },
  {
    global: "numpy.ndarray.tofile",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/core/_add_newdocs.py:4344"
  },
  {
    global: "numpy.polynomial.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.random.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.save",
    category: "filesystem",
    via: "call \u2192 write_array",
    sink: "pickle.dump",
    where: "numpy/lib/format.py:711"
  },
  {
    global: "numpy.savetxt",
    category: "network",
    via: "call \u2192 open \u2192 DataSource.open \u2192 DataSource._findfile \u2192 DataSource._cache",
    sink: "urllib.request.urlopen",
    where: "numpy/lib/_datasource.py:337"
  },
  {
    global: "numpy.savez",
    category: "filesystem",
    via: "call \u2192 _savez \u2192 write_array",
    sink: "pickle.dump",
    where: "numpy/lib/format.py:711"
  },
  {
    global: "numpy.savez_compressed",
    category: "filesystem",
    via: "call \u2192 _savez \u2192 write_array",
    sink: "pickle.dump",
    where: "numpy/lib/format.py:711"
  },
  {
    global: "numpy.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.typing.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "omegaconf._utils._get_class",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf._utils._resolve_forward",
    category: "importer",
    via: "call \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf._utils.extract_dict_subclass_data",
    category: "importer",
    via: "call \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf._utils.get_attr_data",
    category: "importer",
    via: "call \u2192 extract_dict_subclass_data \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf._utils.get_dataclass_data",
    category: "importer",
    via: "call \u2192 extract_dict_subclass_data \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf._utils.get_structured_config_data",
    category: "importer",
    via: "call \u2192 get_dataclass_data \u2192 extract_dict_subclass_data \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf.basecontainer.BaseContainer.merge_with_cli",
    category: "nested-loader",
    via: "call \u2192 BaseContainer.merge_with_dotlist",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "omegaconf.basecontainer.BaseContainer.merge_with_dotlist",
    category: "nested-loader",
    via: "call",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "omegaconf.basecontainer._create_structured_with_missing_fields",
    category: "importer",
    via: "call \u2192 get_structured_config_data \u2192 get_dataclass_data \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf.dictconfig.DictConfig._set_value_impl",
    category: "importer",
    via: "call \u2192 get_structured_config_data \u2192 get_dataclass_data \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf.dictconfig.DictConfig.merge_with_cli",
    category: "nested-loader",
    via: "call \u2192 BaseContainer.merge_with_dotlist",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "omegaconf.dictconfig.DictConfig.merge_with_dotlist",
    category: "nested-loader",
    via: "call",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "omegaconf.listconfig.ListConfig.merge_with_cli",
    category: "nested-loader",
    via: "call \u2192 BaseContainer.merge_with_dotlist",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "omegaconf.listconfig.ListConfig.merge_with_dotlist",
    category: "nested-loader",
    via: "call",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "pandas._testing._io.can_connect",
    category: "network",
    via: "call \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas._testing._io.network",
    category: "network",
    via: "call \u2192 can_connect \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas._testing._io.round_trip_localpath",
    category: "filesystem",
    via: "call \u2192 ensure_clean",
    sink: "builtins.open",
    where: "pandas/_testing/contexts.py:118"
  },
  {
    global: "pandas._testing._io.round_trip_pathlib",
    category: "filesystem",
    via: "call \u2192 ensure_clean",
    sink: "builtins.open",
    where: "pandas/_testing/contexts.py:118"
  },
  {
    global: "pandas._testing._io.round_trip_pickle",
    category: "nested-loader",
    via: "call",
    sink: "pandas.read_pickle",
    where: "pandas/_testing/_io.py:310"
  },
  {
    global: "pandas._testing.contexts.decompress_file",
    category: "network",
    via: "call \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas._testing.contexts.ensure_clean",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "pandas/_testing/contexts.py:118"
  },
  {
    global: "pandas.compat._optional.import_optional_dependency",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.config_init.register_plotting_backend_cb",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.core.frame.DataFrame._repr_html_",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_html \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.frame.DataFrame._repr_latex_",
    category: "filesystem",
    via: "call \u2192 NDFrame.to_latex \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.frame.DataFrame.boxplot",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.core.frame.DataFrame.eval",
    category: "code-execution",
    via: "call",
    sink: "pandas.eval",
    where: "pandas/core/frame.py:4612"
  },
  {
    global: "pandas.core.frame.DataFrame.hist",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.core.frame.DataFrame.query",
    category: "code-execution",
    via: "call \u2192 DataFrame.eval",
    sink: "pandas.eval",
    where: "pandas/core/frame.py:4612"
  },
  {
    global: "pandas.core.frame.DataFrame.to_csv",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_csv \u2192 CSVFormatter.save \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.frame.DataFrame.to_excel",
    category: "filesystem",
    via: "call \u2192 ExcelFormatter.write \u2192 ExcelWriter.__init__ \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.frame.DataFrame.to_feather",
    category: "network",
    via: "call \u2192 to_feather \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.frame.DataFrame.to_html",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_html \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.frame.DataFrame.to_json",
    category: "network",
    via: "call \u2192 to_json \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.frame.DataFrame.to_latex",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.frame.DataFrame.to_markdown",
    category: "network",
    via: "call \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.frame.DataFrame.to_orc",
    category: "importer",
    via: "call \u2192 to_orc \u2192 import_optional_dependency",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.frame.DataFrame.to_pickle",
    category: "network",
    via: "call \u2192 to_pickle \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.frame.DataFrame.to_stata",
    category: "network",
    via: "call \u2192 StataWriter.write_file \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.frame.DataFrame.to_string",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_string \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.generic.NDFrame._repr_latex_",
    category: "filesystem",
    via: "call \u2192 NDFrame.to_latex \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.generic.NDFrame.to_csv",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_csv \u2192 CSVFormatter.save \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.generic.NDFrame.to_excel",
    category: "filesystem",
    via: "call \u2192 ExcelFormatter.write \u2192 ExcelWriter.__init__ \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.generic.NDFrame.to_json",
    category: "network",
    via: "call \u2192 to_json \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.generic.NDFrame.to_latex",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.generic.NDFrame.to_pickle",
    category: "network",
    via: "call \u2192 to_pickle \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.missing._interpolate_1d",
    category: "importer",
    via: "call \u2192 _interpolate_scipy_wrapper \u2192 import_optional_dependency",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.missing._interpolate_2d_with_fill",
    category: "importer",
    via: "call \u2192 _interpolate_1d \u2192 _interpolate_scipy_wrapper \u2192 import_optional_dependency",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.missing._interpolate_scipy_wrapper",
    category: "importer",
    via: "call \u2192 import_optional_dependency",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.missing.interpolate_array_2d",
    category: "importer",
    via: "call \u2192 _interpolate_2d_with_fill \u2192 _interpolate_1d \u2192 _interpolate_scipy_wrapper \u2192 import_optional_dependency",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.series.Series._repr_latex_",
    category: "filesystem",
    via: "call \u2192 NDFrame.to_latex \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.series.Series.hist",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.core.series.Series.to_csv",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_csv \u2192 CSVFormatter.save \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.series.Series.to_excel",
    category: "filesystem",
    via: "call \u2192 ExcelFormatter.write \u2192 ExcelWriter.__init__ \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.series.Series.to_json",
    category: "network",
    via: "call \u2192 to_json \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.series.Series.to_latex",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.series.Series.to_pickle",
    category: "network",
    via: "call \u2192 to_pickle \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.series.Series.to_string",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "pandas/core/series.py:1707"
  },
  {
    global: "pandas.plotting._core.PlotAccessor",
    category: "importer",
    via: "__call__ \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core._get_plot_backend",
    category: "importer",
    via: "call \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core._load_backend",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core.boxplot_frame",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core.boxplot_frame_groupby",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core.hist_frame",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core.hist_series",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pathlib.Path.chmod",
    category: "filesystem",
    via: "call",
    sink: "os.chmod",
    where: "cpython Lib/pathlib.py:1133"
  },
  {
    global: "pathlib.Path.hardlink_to",
    category: "filesystem",
    via: "call",
    sink: "os.link",
    where: "cpython Lib/pathlib.py:1209"
  },
  {
    global: "pathlib.Path.lchmod",
    category: "filesystem",
    via: "call \u2192 Path.chmod",
    sink: "os.chmod",
    where: "cpython Lib/pathlib.py:1133"
  },
  {
    global: "pathlib.Path.mkdir",
    category: "filesystem",
    via: "call",
    sink: "os.mkdir",
    where: "cpython Lib/pathlib.py:1117"
  },
  {
    global: "pathlib.Path.open",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.Path.read_bytes",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.Path.read_text",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.Path.rename",
    category: "filesystem",
    via: "call",
    sink: "os.rename",
    where: "cpython Lib/pathlib.py:1176"
  },
  {
    global: "pathlib.Path.replace",
    category: "filesystem",
    via: "call",
    sink: "os.replace",
    where: "cpython Lib/pathlib.py:1189"
  },
  {
    global: "pathlib.Path.rmdir",
    category: "filesystem",
    via: "call",
    sink: "os.rmdir",
    where: "cpython Lib/pathlib.py:1157"
  },
  {
    global: "pathlib.Path.symlink_to",
    category: "filesystem",
    via: "call",
    sink: "os.symlink",
    where: "cpython Lib/pathlib.py:1199"
  },
  {
    global: "pathlib.Path.touch",
    category: "filesystem",
    via: "call",
    sink: "os.open",
    where: "cpython Lib/pathlib.py:1109"
  },
  {
    global: "pathlib.Path.unlink",
    category: "filesystem",
    via: "call",
    sink: "os.unlink",
    where: "cpython Lib/pathlib.py:1148"
  },
  {
    global: "pathlib.Path.write_bytes",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.Path.write_text",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.PosixPath.chmod",
    category: "filesystem",
    via: "call",
    sink: "os.chmod",
    where: "cpython Lib/pathlib.py:1133"
  },
  {
    global: "pathlib.PosixPath.hardlink_to",
    category: "filesystem",
    via: "call",
    sink: "os.link",
    where: "cpython Lib/pathlib.py:1209"
  },
  {
    global: "pathlib.PosixPath.lchmod",
    category: "filesystem",
    via: "call \u2192 Path.chmod",
    sink: "os.chmod",
    where: "cpython Lib/pathlib.py:1133"
  },
  {
    global: "pathlib.PosixPath.mkdir",
    category: "filesystem",
    via: "call",
    sink: "os.mkdir",
    where: "cpython Lib/pathlib.py:1117"
  },
  {
    global: "pathlib.PosixPath.open",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.PosixPath.read_bytes",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.PosixPath.read_text",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.PosixPath.rename",
    category: "filesystem",
    via: "call",
    sink: "os.rename",
    where: "cpython Lib/pathlib.py:1176"
  },
  {
    global: "pathlib.PosixPath.replace",
    category: "filesystem",
    via: "call",
    sink: "os.replace",
    where: "cpython Lib/pathlib.py:1189"
  },
  {
    global: "pathlib.PosixPath.rmdir",
    category: "filesystem",
    via: "call",
    sink: "os.rmdir",
    where: "cpython Lib/pathlib.py:1157"
  },
  {
    global: "pathlib.PosixPath.symlink_to",
    category: "filesystem",
    via: "call",
    sink: "os.symlink",
    where: "cpython Lib/pathlib.py:1199"
  },
  {
    global: "pathlib.PosixPath.touch",
    category: "filesystem",
    via: "call",
    sink: "os.open",
    where: "cpython Lib/pathlib.py:1109"
  },
  {
    global: "pathlib.PosixPath.unlink",
    category: "filesystem",
    via: "call",
    sink: "os.unlink",
    where: "cpython Lib/pathlib.py:1148"
  },
  {
    global: "pathlib.PosixPath.write_bytes",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.PosixPath.write_text",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "platform._syscmd_file",
    category: "process",
    via: "call",
    sink: "subprocess.check_output",
    where: "cpython Lib/platform.py:625"
  },
  {
    global: "platform.architecture",
    category: "process",
    via: "call \u2192 _syscmd_file",
    sink: "subprocess.check_output",
    where: "cpython Lib/platform.py:625"
  },
  {
    global: "platform.libc_ver",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/platform.py:198"
  },
  {
    global: "pstats.Stats",
    category: "nested-loader",
    via: "__init__ \u2192 Stats.init \u2192 Stats.load_stats",
    sink: "marshal.load",
    where: "cpython Lib/pstats.py:143"
  },
  {
    global: "scipy.__getattr__",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "scipy/__init__.py:200"
  },
  {
    global: "scipy._lib._bunch._make_tuple_bunch",
    category: "code-execution",
    via: "call",
    sink: "builtins.exec",
    where: "scipy/_lib/_bunch.py:161"
  },
  {
    global: "scipy._lib._uarray._backend.pickle_function",
    category: "importer",
    via: "call \u2192 unpickle_function",
    sink: "importlib.import_module",
    where: "scipy/_lib/_uarray/_backend.py:53"
  },
  {
    global: "scipy._lib._uarray._backend.unpickle_function",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "scipy/_lib/_uarray/_backend.py:53"
  },
  {
    global: "scipy._lib.decorator.FunctionMaker",
    category: "code-execution",
    via: "__init__ \u2192 getfullargspec \u2192 _signature_from_callable \u2192 _signature_from_function \u2192 _signature_fromstr",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:2213"
  },
  {
    global: "scipy._lib.decorator.dispatch_on",
    category: "code-execution",
    via: "call \u2192 getfullargspec \u2192 _signature_from_callable \u2192 _signature_from_function \u2192 _signature_fromstr",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:2213"
  },
  {
    global: "scipy._lib.decorator.getargspec",
    category: "code-execution",
    via: "call \u2192 getfullargspec \u2192 _signature_from_callable \u2192 _signature_from_function \u2192 _signature_fromstr",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:2213"
  },
  {
    global: "scipy.datasets._utils._clear_cache",
    category: "filesystem",
    via: "call",
    sink: "shutil.rmtree",
    where: "scipy/datasets/_utils.py:30"
  },
  {
    global: "scipy.datasets._utils.clear_cache",
    category: "filesystem",
    via: "call \u2192 _clear_cache",
    sink: "shutil.rmtree",
    where: "scipy/datasets/_utils.py:30"
  },
  {
    global: "scipy.io._fortran.FortranFile",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "scipy/io/_fortran.py:123"
  },
  {
    global: "scipy.io._harwell_boeing.hb.hb_read",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/_harwell_boeing/hb.py:513"
  },
  {
    global: "scipy.io._harwell_boeing.hb.hb_write",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/_harwell_boeing/hb.py:569"
  },
  {
    global: "scipy.io._idl.readsav",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/_idl.py:752"
  },
  {
    global: "scipy.io._mmio.mmread",
    category: "filesystem",
    via: "call \u2192 MMFile.read \u2192 MMFile._open \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "scipy.io._mmio.mmwrite",
    category: "filesystem",
    via: "call \u2192 MMFile.write \u2192 MMFile._open \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "scipy.io._netcdf.netcdf_file",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "scipy/io/_netcdf.py:246"
  },
  {
    global: "scipy.io.arff._arffread.loadarff",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/arff/_arffread.py:800"
  },
  {
    global: "scipy.io.arff._arffread.test_weka",
    category: "filesystem",
    via: "call \u2192 loadarff",
    sink: "builtins.open",
    where: "scipy/io/arff/_arffread.py:800"
  },
  {
    global: "scipy.io.matlab._mio._open_file",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._mio._open_file_context",
    category: "filesystem",
    via: "call \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._mio.loadmat",
    category: "filesystem",
    via: "call \u2192 _open_file_context \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._mio.mat_reader_factory",
    category: "filesystem",
    via: "call \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._mio.savemat",
    category: "filesystem",
    via: "call \u2192 _open_file_context \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._mio.whosmat",
    category: "filesystem",
    via: "call \u2192 _open_file_context \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._miobase.matfile_version",
    category: "filesystem",
    via: "call \u2192 _open_file_context \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.wavfile._read_data_chunk",
    category: "filesystem",
    via: "call",
    sink: "numpy.fromfile",
    where: "scipy/io/wavfile.py:462"
  },
  {
    global: "scipy.io.wavfile.read",
    category: "filesystem",
    via: "call \u2192 _read_data_chunk",
    sink: "numpy.fromfile",
    where: "scipy/io/wavfile.py:462"
  },
  {
    global: "scipy.io.wavfile.write",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/wavfile.py:767"
  },
  {
    global: "scipy.odr._odrpack.ODR",
    category: "filesystem",
    via: "__init__",
    sink: "os.remove",
    where: "scipy/odr/_odrpack.py:756"
  },
  {
    global: "scipy.optimize._nonlin._nonlin_wrapper",
    category: "code-execution",
    via: "call",
    sink: "builtins.exec",
    where: "scipy/optimize/_nonlin.py:1553"
  },
  {
    global: "scipy.optimize._optimize.show_options",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "scipy/optimize/_optimize.py:3937"
  },
  {
    global: "scipy.signal._signaltools._timeit_fast",
    category: "code-execution",
    via: "call \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.signal._signaltools.choose_conv_method",
    category: "code-execution",
    via: "call \u2192 _timeit_fast \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.signal._signaltools.convolve",
    category: "code-execution",
    via: "call \u2192 choose_conv_method \u2192 _timeit_fast \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.signal._signaltools.correlate",
    category: "code-execution",
    via: "call \u2192 convolve \u2192 choose_conv_method \u2192 _timeit_fast \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.signal._signaltools.deconvolve",
    category: "code-execution",
    via: "call \u2192 convolve \u2192 choose_conv_method \u2192 _timeit_fast \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.signal._wavelets.cwt",
    category: "code-execution",
    via: "call \u2192 convolve \u2192 choose_conv_method \u2192 _timeit_fast \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.sparse._matrix_io.load_npz",
    category: "nested-loader",
    via: "call",
    sink: "numpy.load",
    where: "scipy/sparse/_matrix_io.py:125"
  },
  {
    global: "scipy.sparse._matrix_io.save_npz",
    category: "filesystem",
    via: "call \u2192 savez_compressed \u2192 _savez \u2192 write_array",
    sink: "pickle.dump",
    where: "numpy/lib/format.py:711"
  },
  {
    global: "scipy.sparse.csgraph.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "scipy.special._precompute.expn_asy.generate_A",
    category: "code-execution",
    via: "call \u2192 Poly.__new__ \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "scipy.special._precompute.gammainc_data.gammainc",
    category: "code-execution",
    via: "call \u2192 hypercomb \u2192 hyper \u2192 MPContext.hypsum \u2192 make_hyp_summator",
    sink: "builtins.exec",
    where: "mpmath/libmp/libhyper.py:304"
  },
  {
    global: "scipy.special._precompute.gammainc_data.gammaincc",
    category: "code-execution",
    via: "call \u2192 hypercomb \u2192 hyper \u2192 MPContext.hypsum \u2192 make_hyp_summator",
    sink: "builtins.exec",
    where: "mpmath/libmp/libhyper.py:304"
  },
  {
    global: "scipy.stats._continuous_distns.alpha_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.anglit_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.arcsine_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.argus_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.beta_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.betaprime_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.bradford_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.burr12_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.burr_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.cauchy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.chi2_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.chi_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.cosine_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.crystalball_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.dgamma_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.dweibull_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.erlang_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.expon_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.exponnorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.exponpow_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.exponweib_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.f_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.fatiguelife_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.fisk_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.foldcauchy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.foldnorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gamma_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gausshyper_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genexpon_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genextreme_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gengamma_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genhalflogistic_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genhyperbolic_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.geninvgauss_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genlogistic_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gennorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genpareto_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gibrat_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gilbrat_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gompertz_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gumbel_l_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gumbel_r_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.halfcauchy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.halfgennorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.halflogistic_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.halfnorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.hypsecant_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.invgamma_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.invgauss_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.invweibull_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.johnsonsb_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.johnsonsu_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.kappa3_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.kappa4_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.ksone_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.kstwo_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.kstwobign_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.laplace_asymmetric_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.laplace_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.levy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.levy_l_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.loggamma_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.logistic_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.loglaplace_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.lognorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.lomax_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.maxwell_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.mielke_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.moyal_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.nakagami_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.ncf_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.nct_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.ncx2_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.norm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.norminvgauss_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.pareto_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.pearson3_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.powerlaw_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.powerlognorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.powernorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.rayleigh_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.rdist_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.recipinvgauss_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.reciprocal_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.rice_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.rv_histogram",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.semicircular_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.skew_norm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.skewcauchy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.studentized_range_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.t_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.trapezoid_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.triang_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.truncexpon_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.truncnorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.truncpareto_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.truncweibull_min_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.tukeylambda_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.uniform_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.vonmises_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.wald_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.weibull_max_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.weibull_min_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.wrapcauchy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns._nchypergeom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.bernoulli_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.betabinom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.binom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.boltzmann_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.dlaplace_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.geom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.hypergeom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.logser_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.nbinom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.nchypergeom_fisher_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.nchypergeom_wallenius_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.nhypergeom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.planck_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.poisson_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.randint_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.skellam_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.yulesimon_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.zipf_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.zipfian_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._distn_infrastructure.rv_continuous",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._distn_infrastructure.rv_discrete",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._distn_infrastructure.rv_sample",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_sample._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._generate_pyx.make_biasedurn",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/stats/_generate_pyx.py:25"
  },
  {
    global: "scipy.stats._generate_pyx.make_boost",
    category: "process",
    via: "call",
    sink: "subprocess.run",
    where: "scipy/stats/_generate_pyx.py:44"
  },
  {
    global: "scipy.stats._generate_pyx.make_unuran",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/stats/_generate_pyx.py:32"
  },
  {
    global: "scipy.stats._levy_stable.levy_stable_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "sklearn._build_utils.gen_from_templates",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/_build_utils/__init__.py:118"
  },
  {
    global: "sklearn.datasets._base._fetch_remote",
    category: "network",
    via: "call",
    sink: "urllib.request.urlretrieve",
    where: "sklearn/datasets/_base.py:1326"
  },
  {
    global: "sklearn.datasets._base._sha256",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/datasets/_base.py:1292"
  },
  {
    global: "sklearn.datasets._base.clear_data_home",
    category: "filesystem",
    via: "call \u2192 get_data_home",
    sink: "os.makedirs",
    where: "sklearn/datasets/_base.py:66"
  },
  {
    global: "sklearn.datasets._base.get_data_home",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "sklearn/datasets/_base.py:66"
  },
  {
    global: "sklearn.datasets._base.load_csv_data",
    category: "importer",
    via: "call \u2192 _open_text \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.datasets._base.load_descr",
    category: "importer",
    via: "call \u2192 _read_text \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.datasets._base.load_gzip_compressed_csv_data",
    category: "importer",
    via: "call \u2192 _open_binary \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.datasets._california_housing.fetch_california_housing",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/datasets/_california_housing.py:153"
  },
  {
    global: "sklearn.datasets._covtype.fetch_covtype",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/datasets/_covtype.py:181"
  },
  {
    global: "sklearn.datasets._kddcup99._fetch_brute_kddcup99",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/datasets/_kddcup99.py:332"
  },
  {
    global: "sklearn.datasets._kddcup99._mkdirp",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "sklearn/datasets/_kddcup99.py:384"
  },
  {
    global: "sklearn.datasets._kddcup99.fetch_kddcup99",
    category: "nested-loader",
    via: "call \u2192 _fetch_brute_kddcup99",
    sink: "joblib.load",
    where: "sklearn/datasets/_kddcup99.py:332"
  },
  {
    global: "sklearn.datasets._lfw._check_fetch_lfw",
    category: "network",
    via: "call \u2192 _fetch_remote",
    sink: "urllib.request.urlretrieve",
    where: "sklearn/datasets/_base.py:1326"
  },
  {
    global: "sklearn.datasets._lfw._fetch_lfw_pairs",
    category: "filesystem",
    via: "call \u2192 _load_imgs \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "sklearn.datasets._lfw._fetch_lfw_people",
    category: "filesystem",
    via: "call \u2192 _load_imgs \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "sklearn.datasets._lfw._load_imgs",
    category: "filesystem",
    via: "call \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "sklearn.datasets._lfw.fetch_lfw_pairs",
    category: "network",
    via: "call \u2192 _check_fetch_lfw \u2192 _fetch_remote",
    sink: "urllib.request.urlretrieve",
    where: "sklearn/datasets/_base.py:1326"
  },
  {
    global: "sklearn.datasets._lfw.fetch_lfw_people",
    category: "network",
    via: "call \u2192 _check_fetch_lfw \u2192 _fetch_remote",
    sink: "urllib.request.urlretrieve",
    where: "sklearn/datasets/_base.py:1326"
  },
  {
    global: "sklearn.datasets._olivetti_faces.fetch_olivetti_faces",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/datasets/_olivetti_faces.py:126"
  },
  {
    global: "sklearn.datasets._openml._download_data_to_bunch",
    category: "filesystem",
    via: "call \u2192 _retry_with_clean_cache",
    sink: "os.unlink",
    where: "sklearn/datasets/_openml.py:59"
  },
  {
    global: "sklearn.datasets._openml._get_data_description_by_id",
    category: "filesystem",
    via: "call \u2192 _get_json_content_from_openml_api \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._get_data_features",
    category: "filesystem",
    via: "call \u2192 _get_json_content_from_openml_api \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._get_data_info_by_name",
    category: "filesystem",
    via: "call \u2192 _get_json_content_from_openml_api \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._get_data_qualities",
    category: "filesystem",
    via: "call \u2192 _get_json_content_from_openml_api \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._get_json_content_from_openml_api",
    category: "filesystem",
    via: "call \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._load_arff_response",
    category: "filesystem",
    via: "call \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._open_openml_url",
    category: "filesystem",
    via: "call \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._retry_with_clean_cache",
    category: "filesystem",
    via: "call",
    sink: "os.unlink",
    where: "sklearn/datasets/_openml.py:59"
  },
  {
    global: "sklearn.datasets._openml.fetch_openml",
    category: "filesystem",
    via: "call \u2192 _get_data_description_by_id \u2192 _get_json_content_from_openml_api \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._rcv1.fetch_rcv1",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/datasets/_rcv1.py:199"
  },
  {
    global: "sklearn.datasets._species_distributions._load_coverage",
    category: "filesystem",
    via: "call",
    sink: "numpy.loadtxt",
    where: "sklearn/datasets/_species_distributions.py:86"
  },
  {
    global: "sklearn.datasets._species_distributions._load_csv",
    category: "filesystem",
    via: "call",
    sink: "numpy.loadtxt",
    where: "sklearn/datasets/_species_distributions.py:108"
  },
  {
    global: "sklearn.datasets._species_distributions.fetch_species_distributions",
    category: "nested-loader",
    via: "call",
    sink: "numpy.load",
    where: "sklearn/datasets/_species_distributions.py:232"
  },
  {
    global: "sklearn.datasets._svmlight_format_io._gen_open",
    category: "filesystem",
    via: "call \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "sklearn.datasets._svmlight_format_io._open_and_load",
    category: "filesystem",
    via: "call \u2192 _gen_open \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "sklearn.datasets._svmlight_format_io.dump_svmlight_file",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/datasets/_svmlight_format_io.py:527"
  },
  {
    global: "sklearn.datasets._svmlight_format_io.load_svmlight_file",
    category: "filesystem",
    via: "call \u2192 load_svmlight_files \u2192 _open_and_load \u2192 _gen_open \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "sklearn.datasets._svmlight_format_io.load_svmlight_files",
    category: "filesystem",
    via: "call \u2192 _open_and_load \u2192 _gen_open \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "sklearn.datasets._twenty_newsgroups._download_20newsgroups",
    category: "network",
    via: "call \u2192 _fetch_remote",
    sink: "urllib.request.urlretrieve",
    where: "sklearn/datasets/_base.py:1326"
  },
  {
    global: "sklearn.datasets._twenty_newsgroups.fetch_20newsgroups",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "sklearn/datasets/_twenty_newsgroups.py:259"
  },
  {
    global: "sklearn.datasets._twenty_newsgroups.fetch_20newsgroups_vectorized",
    category: "nested-loader",
    via: "call \u2192 fetch_20newsgroups",
    sink: "pickle.loads",
    where: "sklearn/datasets/_twenty_newsgroups.py:259"
  },
  {
    global: "sklearn.feature_extraction.text.CountVectorizer.decode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/feature_extraction/text.py:229"
  },
  {
    global: "sklearn.feature_extraction.text.HashingVectorizer.decode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/feature_extraction/text.py:229"
  },
  {
    global: "sklearn.feature_extraction.text.TfidfVectorizer.decode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/feature_extraction/text.py:229"
  },
  {
    global: "sklearn.feature_extraction.text._VectorizerMixin.decode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/feature_extraction/text.py:229"
  },
  {
    global: "sklearn.tree._export.export_graphviz",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/tree/_export.py:864"
  },
  {
    global: "sklearn.utils._testing._create_aligned_memmap_backed_arrays",
    category: "filesystem",
    via: "call \u2192 _create_memmap_backed_array",
    sink: "numpy.memmap",
    where: "sklearn/utils/_testing.py:477"
  },
  {
    global: "sklearn.utils._testing._create_memmap_backed_array",
    category: "filesystem",
    via: "call",
    sink: "numpy.memmap",
    where: "sklearn/utils/_testing.py:477"
  },
  {
    global: "sklearn.utils._testing._delete_folder",
    category: "filesystem",
    via: "call",
    sink: "shutil.rmtree",
    where: "sklearn/utils/_testing.py:447"
  },
  {
    global: "sklearn.utils._testing.assert_run_python_script",
    category: "process",
    via: "call",
    sink: "subprocess.check_output",
    where: "sklearn/utils/_testing.py:786"
  },
  {
    global: "sklearn.utils._testing.create_memmap_backed_data",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/utils/_testing.py:541"
  },
  {
    global: "sklearn.utils.estimator_checks.check_classifiers_train",
    category: "nested-loader",
    via: "call \u2192 create_memmap_backed_data",
    sink: "joblib.load",
    where: "sklearn/utils/_testing.py:541"
  },
  {
    global: "sklearn.utils.estimator_checks.check_estimators_fit_returns_self",
    category: "nested-loader",
    via: "call \u2192 create_memmap_backed_data",
    sink: "joblib.load",
    where: "sklearn/utils/_testing.py:541"
  },
  {
    global: "sklearn.utils.estimator_checks.check_estimators_pickle",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "sklearn/utils/estimator_checks.py:1892"
  },
  {
    global: "sklearn.utils.estimator_checks.check_regressors_train",
    category: "nested-loader",
    via: "call \u2192 create_memmap_backed_data",
    sink: "joblib.load",
    where: "sklearn/utils/_testing.py:541"
  },
  {
    global: "sklearn.utils.estimator_checks.check_sparsify_coefficients",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "sklearn/utils/estimator_checks.py:3133"
  },
  {
    global: "sklearn.utils.estimator_checks.check_transformer_general",
    category: "nested-loader",
    via: "call \u2192 create_memmap_backed_data",
    sink: "joblib.load",
    where: "sklearn/utils/_testing.py:541"
  },
  {
    global: "sklearn.utils.fixes._is_resource",
    category: "importer",
    via: "call \u2192 is_resource \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.utils.fixes._open_binary",
    category: "importer",
    via: "call \u2192 open_binary \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.utils.fixes._open_text",
    category: "importer",
    via: "call \u2192 open_text \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.utils.fixes._path",
    category: "importer",
    via: "call \u2192 path \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.utils.fixes._read_text",
    category: "importer",
    via: "call \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "smtpd.DebuggingServer",
    category: "network",
    via: "__init__ \u2192 dispatcher.create_socket",
    sink: "socket.socket",
    where: "cpython Lib/asyncore.py:287"
  },
  {
    global: "smtpd.PureProxy",
    category: "network",
    via: "__init__ \u2192 SMTPServer.__init__ \u2192 dispatcher.create_socket",
    sink: "socket.socket",
    where: "cpython Lib/asyncore.py:287"
  },
  {
    global: "smtpd.SMTPServer",
    category: "network",
    via: "__init__ \u2192 dispatcher.create_socket",
    sink: "socket.socket",
    where: "cpython Lib/asyncore.py:287"
  },
  {
    global: "sndhdr.test_aifc",
    category: "filesystem",
    via: "call \u2192 open \u2192 Aifc_read.__init__",
    sink: "builtins.open",
    where: "cpython Lib/aifc.py:356"
  },
  {
    global: "sndhdr.test_wav",
    category: "filesystem",
    via: "call \u2192 open \u2192 Wave_read.__init__",
    sink: "builtins.open",
    where: "cpython Lib/wave.py:280"
  },
  {
    global: "sndhdr.testall",
    category: "filesystem",
    via: "call \u2192 testall \u2192 testall \u2192 what \u2192 whathdr",
    sink: "builtins.open",
    where: "cpython Lib/sndhdr.py:64"
  },
  {
    global: "sndhdr.what",
    category: "filesystem",
    via: "call \u2192 whathdr",
    sink: "builtins.open",
    where: "cpython Lib/sndhdr.py:64"
  },
  {
    global: "sndhdr.whathdr",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/sndhdr.py:64"
  },
  {
    global: "sunau.Au_read",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/sunau.py:165"
  },
  {
    global: "sunau.Au_write",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/sunau.py:317"
  },
  {
    global: "sunau.open",
    category: "filesystem",
    via: "call \u2192 Au_read.__init__",
    sink: "builtins.open",
    where: "cpython Lib/sunau.py:165"
  },
  {
    global: "sysconfig._parse_makefile",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/sysconfig.py:365"
  },
  {
    global: "tabnanny.check",
    category: "filesystem",
    via: "call \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "tokenize.open",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "torch._decomp.decompositions_for_jvp._register_jit_decomposition_for_jvp",
    category: "code-execution",
    via: "call",
    sink: "torch.jit.CompilationUnit",
    where: "torch/_decomp/decompositions_for_jvp.py:81"
  },
  {
    global: "torch._deploy._get_package",
    category: "nested-loader",
    via: "call",
    sink: "torch.package.PackageImporter",
    where: "torch/_deploy.py:98"
  },
  {
    global: "torch._deploy._load_storages",
    category: "nested-loader",
    via: "call \u2192 _get_package",
    sink: "torch.package.PackageImporter",
    where: "torch/_deploy.py:98"
  },
  {
    global: "torch._jit_internal._get_named_tuple_properties",
    category: "code-execution",
    via: "call \u2192 get_annotations",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:277"
  },
  {
    global: "torch._lazy.save",
    category: "filesystem",
    via: "call",
    sink: "torch.save",
    where: "torch/_lazy/__init__.py:55"
  },
  {
    global: "torch._prims.context._is_func_unsupported_nvfuser",
    category: "code-execution",
    via: "call \u2192 get_isolated_graphmodule \u2192 make_fx \u2192 fake_signature",
    sink: "builtins.eval",
    where: "torch/fx/experimental/proxy_tensor.py:42"
  },
  {
    global: "torch._prims.executor.make_traced",
    category: "code-execution",
    via: "call \u2192 make_fx \u2192 fake_signature",
    sink: "builtins.eval",
    where: "torch/fx/experimental/proxy_tensor.py:42"
  },
  {
    global: "torch._subclasses.fake_tensor.constructors",
    category: "code-execution",
    via: "call \u2192 normalize_function \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch._subclasses.fake_tensor.index_put_",
    category: "code-execution",
    via: "call \u2192 normalize_function \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch._subclasses.fake_tensor.non_kwarg_to",
    category: "code-execution",
    via: "call \u2192 normalize_function \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch._subclasses.fake_tensor.run_and_return_new_tensor_of_input_device",
    category: "code-execution",
    via: "call \u2192 normalize_function \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch._subclasses.fake_tensor.to_copy",
    category: "code-execution",
    via: "call \u2192 normalize_function \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch._utils._import_dotted_name",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "torch/_utils.py:322"
  },
  {
    global: "torch._utils._type",
    category: "importer",
    via: "call \u2192 _import_dotted_name",
    sink: "builtins.__import__",
    where: "torch/_utils.py:322"
  },
  {
    global: "torch._utils_internal.get_writable_path",
    category: "filesystem",
    via: "call",
    sink: "tempfile.mkdtemp",
    where: "torch/_utils_internal.py:34"
  },
  {
    global: "torch.ao.__getattr__",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "torch/ao/__init__.py:15"
  },
  {
    global: "torch.ao.nn.__getattr__",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "torch/ao/nn/__init__.py:18"
  },
  {
    global: "torch.ao.ns._numeric_suite_fx.add_loggers",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.ns._numeric_suite_fx.add_shadow_loggers",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.ns._numeric_suite_fx.extract_weights",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.fx._equalize.get_layer_sqnr_dict",
    category: "code-execution",
    via: "call \u2192 add_loggers \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.fx.graph_module.FusedGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.ao.quantization.fx.graph_module.ObservedGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.ao.quantization.fx.graph_module.ObservedStandaloneGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.ao.quantization.fx.graph_module.QuantizedGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.ao.quantization.quantize_fx._prepare_fx",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.quantize_fx._prepare_standalone_module_fx",
    category: "code-execution",
    via: "call \u2192 _prepare_fx \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.quantize_fx.fuse_fx",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.quantize_fx.prepare_fx",
    category: "code-execution",
    via: "call \u2192 _prepare_fx \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.quantize_fx.prepare_qat_fx",
    category: "code-execution",
    via: "call \u2192 _prepare_fx \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.utils._get_num_pos_args",
    category: "code-execution",
    via: "call \u2192 getfullargspec \u2192 _signature_from_callable \u2192 _signature_from_function \u2192 _signature_fromstr",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:2213"
  },
  {
    global: "torch.autograd.profiler.load_nvprof",
    category: "filesystem",
    via: "call \u2192 parse_nvprof_trace",
    sink: "sqlite3.connect",
    where: "torch/autograd/profiler.py:728"
  },
  {
    global: "torch.autograd.profiler.parse_nvprof_trace",
    category: "filesystem",
    via: "call",
    sink: "sqlite3.connect",
    where: "torch/autograd/profiler.py:728"
  },
  {
    global: "torch.backends.xeon.run_cpu.main",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "torch/backends/xeon/run_cpu.py:613"
  },
  {
    global: "torch.cuda._memory_viz.format_flamegraph",
    category: "process",
    via: "call",
    sink: "subprocess.run",
    where: "torch/cuda/_memory_viz.py:23"
  },
  {
    global: "torch.cuda.memory._save_memory_usage",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/cuda/memory.py:615"
  },
  {
    global: "torch.cuda.memory._save_segment_usage",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/cuda/memory.py:609"
  },
  {
    global: "torch.distributed.distributed_c10d._tensor_to_object",
    category: "nested-loader",
    via: "call",
    sink: "pickle.Unpickler",
    where: "torch/distributed/distributed_c10d.py:1804"
  },
  {
    global: "torch.distributed.distributed_c10d.all_gather_object",
    category: "nested-loader",
    via: "call \u2192 _tensor_to_object",
    sink: "pickle.Unpickler",
    where: "torch/distributed/distributed_c10d.py:1804"
  },
  {
    global: "torch.distributed.distributed_c10d.broadcast_object_list",
    category: "nested-loader",
    via: "call \u2192 _tensor_to_object",
    sink: "pickle.Unpickler",
    where: "torch/distributed/distributed_c10d.py:1804"
  },
  {
    global: "torch.distributed.distributed_c10d.gather_object",
    category: "nested-loader",
    via: "call \u2192 _tensor_to_object",
    sink: "pickle.Unpickler",
    where: "torch/distributed/distributed_c10d.py:1804"
  },
  {
    global: "torch.distributed.distributed_c10d.scatter_object_list",
    category: "nested-loader",
    via: "call \u2192 _tensor_to_object",
    sink: "pickle.Unpickler",
    where: "torch/distributed/distributed_c10d.py:1804"
  },
  {
    global: "torch.distributed.launcher.api.elastic_launch",
    category: "filesystem",
    via: "__call__ \u2192 launch_agent \u2192 LocalElasticAgent.__init__ \u2192 LocalElasticAgent._make_log_dir",
    sink: "os.makedirs",
    where: "torch/distributed/elastic/agent/server/local_elastic_agent.py:142"
  },
  {
    global: "torch.distributed.launcher.api.launch_agent",
    category: "filesystem",
    via: "call \u2192 LocalElasticAgent.__init__ \u2192 LocalElasticAgent._make_log_dir",
    sink: "os.makedirs",
    where: "torch/distributed/elastic/agent/server/local_elastic_agent.py:142"
  },
  {
    global: "torch.distributed.nn.api.remote_module.RemoteModule",
    category: "importer",
    via: "__init__ \u2192 _RemoteModule.__init__ \u2192 _RemoteModule._init_template \u2192 instantiate_scriptable_remote_module_template \u2192 _do_instantiate_remote_module_template",
    sink: "importlib.import_module",
    where: "torch/distributed/nn/jit/instantiator.py:99"
  },
  {
    global: "torch.distributed.nn.api.remote_module._RemoteModule",
    category: "importer",
    via: "__init__ \u2192 _RemoteModule._init_template \u2192 instantiate_scriptable_remote_module_template \u2192 _do_instantiate_remote_module_template",
    sink: "importlib.import_module",
    where: "torch/distributed/nn/jit/instantiator.py:99"
  },
  {
    global: "torch.distributed.nn.api.remote_module._instantiate_template",
    category: "importer",
    via: "call \u2192 instantiate_scriptable_remote_module_template \u2192 _do_instantiate_remote_module_template",
    sink: "importlib.import_module",
    where: "torch/distributed/nn/jit/instantiator.py:99"
  },
  {
    global: "torch.distributed.nn.api.remote_module._recursive_script_module_receiver",
    category: "nested-loader",
    via: "call",
    sink: "torch.jit.load",
    where: "torch/distributed/nn/api/remote_module.py:724"
  },
  {
    global: "torch.distributed.nn.jit.instantiator._do_instantiate_remote_module_template",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "torch/distributed/nn/jit/instantiator.py:99"
  },
  {
    global: "torch.distributed.nn.jit.instantiator._write",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/distributed/nn/jit/instantiator.py:70"
  },
  {
    global: "torch.distributed.nn.jit.instantiator.instantiate_scriptable_remote_module_template",
    category: "importer",
    via: "call \u2192 _do_instantiate_remote_module_template",
    sink: "importlib.import_module",
    where: "torch/distributed/nn/jit/instantiator.py:99"
  },
  {
    global: "torch.distributed.optim.zero_redundancy_optimizer._broadcast_object",
    category: "nested-loader",
    via: "call",
    sink: "torch.load",
    where: "torch/distributed/optim/zero_redundancy_optimizer.py:109"
  },
  {
    global: "torch.distributed.run.run_script_path",
    category: "code-execution",
    via: "call",
    sink: "runpy.run_path",
    where: "torch/distributed/run.py:735"
  },
  {
    global: "torch.fx._symbolic_trace._patch_function",
    category: "code-execution",
    via: "call",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx._symbolic_trace.symbolic_trace",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.const_fold.FoldedGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.experimental.const_fold.split_const_subgraphs",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.merge_matmul.merge_matmul",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.meta_tracer.symbolic_trace",
    category: "code-execution",
    via: "call \u2192 MetaTracer.trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.optimization.fuse",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.optimization.remove_dropout",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.proxy_tensor.fake_signature",
    category: "code-execution",
    via: "call",
    sink: "builtins.eval",
    where: "torch/fx/experimental/proxy_tensor.py:42"
  },
  {
    global: "torch.fx.experimental.proxy_tensor.get_isolated_graphmodule",
    category: "code-execution",
    via: "call \u2192 make_fx \u2192 fake_signature",
    sink: "builtins.eval",
    where: "torch/fx/experimental/proxy_tensor.py:42"
  },
  {
    global: "torch.fx.experimental.proxy_tensor.make_fx",
    category: "code-execution",
    via: "call \u2192 fake_signature",
    sink: "builtins.eval",
    where: "torch/fx/experimental/proxy_tensor.py:42"
  },
  {
    global: "torch.fx.experimental.rewriter._rewrite",
    category: "code-execution",
    via: "call \u2192 AST_Rewriter.rewrite",
    sink: "builtins.exec",
    where: "torch/fx/experimental/rewriter.py:40"
  },
  {
    global: "torch.fx.experimental.symbolic_shapes.Ceil",
    category: "code-execution",
    via: "__new__ \u2192 _sympify \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "torch.fx.experimental.symbolic_shapes.FloorDiv",
    category: "code-execution",
    via: "__new__ \u2192 _sympify \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "torch.fx.experimental.symbolic_shapes.PySymFloat",
    category: "code-execution",
    via: "add \u2192 expand \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "torch.fx.experimental.symbolic_shapes.PySymInt",
    category: "code-execution",
    via: "add \u2192 expand \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "torch.fx.experimental.symbolic_shapes._make_magic",
    category: "code-execution",
    via: "call \u2192 expand \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "torch.fx.experimental.unification.multipledispatch.core.ismethod",
    category: "code-execution",
    via: "call \u2192 getfullargspec \u2192 _signature_from_callable \u2192 _signature_from_function \u2192 _signature_fromstr",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:2213"
  },
  {
    global: "torch.fx.graph_module.GraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.graph_module._exec_with_source",
    category: "code-execution",
    via: "call",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.graph_module._forward_from_src",
    category: "code-execution",
    via: "call \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.graph_module.reduce_deploy_graph_module",
    category: "code-execution",
    via: "call \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.graph_module.reduce_graph_module",
    category: "code-execution",
    via: "call \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.operator_schemas._torchscript_schema_to_signature",
    category: "code-execution",
    via: "call \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.fx.operator_schemas._torchscript_type_to_python_type",
    category: "code-execution",
    via: "call",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.fx.operator_schemas.check_for_mutable_operation",
    category: "code-execution",
    via: "call \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.fx.operator_schemas.get_signature_for_torch_op",
    category: "code-execution",
    via: "call \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.fx.operator_schemas.normalize_function",
    category: "code-execution",
    via: "call \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.fx.subgraph_rewriter.replace_pattern",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.jit._decompositions.register_decomposition",
    category: "code-execution",
    via: "call \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.jit._recursive._check_no_signature",
    category: "code-execution",
    via: "call \u2192 get_signature \u2192 parse_type_line \u2192 _eval_no_call",
    sink: "builtins.eval",
    where: "torch/jit/annotations.py:154"
  },
  {
    global: "torch.jit._recursive.make_stubs_for_overloads",
    category: "code-execution",
    via: "call \u2192 _check_no_signature \u2192 get_signature \u2192 parse_type_line \u2192 _eval_no_call",
    sink: "builtins.eval",
    where: "torch/jit/annotations.py:154"
  },
  {
    global: "torch.jit._script._compile_function_with_overload",
    category: "code-execution",
    via: "call \u2192 get_signature \u2192 parse_type_line \u2192 _eval_no_call",
    sink: "builtins.eval",
    where: "torch/jit/annotations.py:154"
  },
  {
    global: "torch.jit._script._get_overloads",
    category: "code-execution",
    via: "call \u2192 _compile_function_with_overload \u2192 get_signature \u2192 parse_type_line \u2192 _eval_no_call",
    sink: "builtins.eval",
    where: "torch/jit/annotations.py:154"
  },
  {
    global: "torch.jit.mobile._load_for_lite_interpreter",
    category: "nested-loader",
    via: "call",
    sink: "torch._C._load_for_lite_interpreter",
    where: "torch/jit/mobile/__init__.py:48"
  },
  {
    global: "torch.multiprocessing.reductions.reduce_storage",
    category: "network",
    via: "call \u2192 DupFd \u2192 DupFd.__init__ \u2192 send_handle \u2192 fromfd",
    sink: "socket.socket",
    where: "cpython Lib/socket.py:547"
  },
  {
    global: "torch.nn.utils._deprecation_utils.lazy_deprecated_import",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "torch/nn/utils/_deprecation_utils.py:42"
  },
  {
    global: "torch.onnx._export",
    category: "filesystem",
    via: "call \u2192 _export",
    sink: "zipfile.ZipFile",
    where: "torch/onnx/utils.py:1616"
  },
  {
    global: "torch.onnx.utils._export",
    category: "filesystem",
    via: "call",
    sink: "zipfile.ZipFile",
    where: "torch/onnx/utils.py:1616"
  },
  {
    global: "torch.onnx.utils.export",
    category: "filesystem",
    via: "call \u2192 _export",
    sink: "zipfile.ZipFile",
    where: "torch/onnx/utils.py:1616"
  },
  {
    global: "torch.onnx.verification.verify",
    category: "filesystem",
    via: "call \u2192 _export",
    sink: "zipfile.ZipFile",
    where: "torch/onnx/utils.py:1616"
  },
  {
    global: "torch.profiler._pattern_matcher.report_all_anti_patterns",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/profiler/_pattern_matcher.py:639"
  },
  {
    global: "torch.profiler.profiler.tensorboard_trace_handler",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "torch/profiler/profiler.py:265"
  },
  {
    global: "torch.serialization._legacy_load",
    category: "filesystem",
    via: "call",
    sink: "tarfile.open",
    where: "torch/serialization.py:881"
  },
  {
    global: "torch.serialization._open_file",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "torch/serialization.py:251"
  },
  {
    global: "torch.serialization._open_file_like",
    category: "filesystem",
    via: "call \u2192 _open_file.__init__",
    sink: "builtins.open",
    where: "torch/serialization.py:251"
  },
  {
    global: "torch.serialization.load",
    category: "nested-loader",
    via: "call",
    sink: "torch.jit.load",
    where: "torch/serialization.py:783"
  },
  {
    global: "torch.serialization.save",
    category: "filesystem",
    via: "call \u2192 _open_file_like \u2192 _open_file.__init__",
    sink: "builtins.open",
    where: "torch/serialization.py:251"
  },
  {
    global: "torch.serialization.storage_to_tensor_type",
    category: "importer",
    via: "call \u2192 _import_dotted_name",
    sink: "builtins.__import__",
    where: "torch/_utils.py:322"
  },
  {
    global: "torch.set_default_tensor_type",
    category: "importer",
    via: "call \u2192 _import_dotted_name",
    sink: "builtins.__import__",
    where: "torch/_utils.py:322"
  },
  {
    global: "torch.storage._load_from_bytes",
    category: "nested-loader",
    via: "call",
    sink: "torch.load",
    where: "torch/storage.py:240"
  },
  {
    global: "torch.utils._cpp_extension_versioner.hash_source_files",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/_cpp_extension_versioner.py:15"
  },
  {
    global: "torch.utils._crash_handler.enable_minidumps",
    category: "filesystem",
    via: "call \u2192 Path.mkdir",
    sink: "os.mkdir",
    where: "cpython Lib/pathlib.py:1117"
  },
  {
    global: "torch.utils.data.communication.eventloop.SpawnThreadForDataPipeline",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "torch/utils/data/communication/eventloop.py:57"
  },
  {
    global: "torch.utils.data.dataloader_experimental.DataLoader2",
    category: "nested-loader",
    via: "__new__ \u2192 _ThreadingDataLoader2.__init__ \u2192 SpawnThreadForDataPipeline",
    sink: "pickle.loads",
    where: "torch/utils/data/communication/eventloop.py:57"
  },
  {
    global: "torch.utils.data.dataloader_experimental._ThreadingDataLoader2",
    category: "nested-loader",
    via: "__init__ \u2192 SpawnThreadForDataPipeline",
    sink: "pickle.loads",
    where: "torch/utils/data/communication/eventloop.py:57"
  },
  {
    global: "torch.utils.data.datapipes.datapipe._DataPipeSerializationWrapper",
    category: "nested-loader",
    via: "__setstate__",
    sink: "dill.loads",
    where: "torch/utils/data/datapipes/datapipe.py:336"
  },
  {
    global: "torch.utils.data.datapipes.datapipe._IterDataPipeSerializationWrapper",
    category: "nested-loader",
    via: "__setstate__",
    sink: "dill.loads",
    where: "torch/utils/data/datapipes/datapipe.py:336"
  },
  {
    global: "torch.utils.data.datapipes.datapipe._MapDataPipeSerializationWrapper",
    category: "nested-loader",
    via: "__setstate__",
    sink: "dill.loads",
    where: "torch/utils/data/datapipes/datapipe.py:336"
  },
  {
    global: "torch.utils.data.datapipes.gen_pyi.gen_from_template",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/data/datapipes/gen_pyi.py:21"
  },
  {
    global: "torch.utils.data.datapipes.gen_pyi.get_method_definitions",
    category: "filesystem",
    via: "call \u2192 parse_datapipe_files \u2192 parse_datapipe_file",
    sink: "builtins.open",
    where: "torch/utils/data/datapipes/gen_pyi.py:72"
  },
  {
    global: "torch.utils.data.datapipes.gen_pyi.parse_datapipe_file",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/data/datapipes/gen_pyi.py:72"
  },
  {
    global: "torch.utils.data.datapipes.gen_pyi.parse_datapipe_files",
    category: "filesystem",
    via: "call \u2192 parse_datapipe_file",
    sink: "builtins.open",
    where: "torch/utils/data/datapipes/gen_pyi.py:72"
  },
  {
    global: "torch.utils.data.datapipes.utils.common.get_file_binaries_from_pathnames",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/data/datapipes/utils/common.py:212"
  },
  {
    global: "torch.utils.hipify.hipify_python.file_add_header",
    category: "filesystem",
    via: "call \u2192 openf",
    sink: "builtins.open",
    where: "torch/utils/hipify/hipify_python.py:68"
  },
  {
    global: "torch.utils.hipify.hipify_python.file_specific_replacement",
    category: "filesystem",
    via: "call \u2192 openf",
    sink: "builtins.open",
    where: "torch/utils/hipify/hipify_python.py:68"
  },
  {
    global: "torch.utils.hipify.hipify_python.hipify",
    category: "filesystem",
    via: "call",
    sink: "shutil.copytree",
    where: "torch/utils/hipify/hipify_python.py:1013"
  },
  {
    global: "torch.utils.hipify.hipify_python.openf",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/hipify/hipify_python.py:68"
  },
  {
    global: "torch.utils.hipify.hipify_python.preprocess_file_and_save_result",
    category: "filesystem",
    via: "call \u2192 preprocessor",
    sink: "builtins.open",
    where: "torch/utils/hipify/hipify_python.py:752"
  },
  {
    global: "torch.utils.hipify.hipify_python.preprocessor",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/hipify/hipify_python.py:752"
  },
  {
    global: "torch.utils.jit.log_extract.extract_ir",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/jit/log_extract.py:14"
  },
  {
    global: "torch.utils.model_dump.get_info_and_burn_skeleton",
    category: "nested-loader",
    via: "call \u2192 get_model_info",
    sink: "pickle.loads",
    where: "torch/utils/model_dump/__init__.py:262"
  },
  {
    global: "torch.utils.model_dump.get_model_info",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "torch/utils/model_dump/__init__.py:262"
  },
  {
    global: "torch.utils.model_dump.main",
    category: "nested-loader",
    via: "call \u2192 get_model_info",
    sink: "pickle.loads",
    where: "torch/utils/model_dump/__init__.py:262"
  },
  {
    global: "torch.utils.show_pickle.main",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/show_pickle.py:123"
  },
  {
    global: "torchvision.datasets._optical_flow.FlyingChairs",
    category: "filesystem",
    via: "__init__",
    sink: "numpy.loadtxt",
    where: "torchvision/datasets/_optical_flow.py:264"
  },
  {
    global: "torchvision.datasets._optical_flow._read_flo",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/_optical_flow.py:454"
  },
  {
    global: "torchvision.datasets._stereo_matching.Middlebury2014Stereo",
    category: "network",
    via: "__init__ \u2192 Middlebury2014Stereo._download_dataset \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.caltech.Caltech101",
    category: "network",
    via: "__init__ \u2192 Caltech101.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.caltech.Caltech256",
    category: "network",
    via: "__init__ \u2192 Caltech256.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.celeba.CelebA",
    category: "filesystem",
    via: "__init__ \u2192 CelebA._load_csv",
    sink: "builtins.open",
    where: "torchvision/datasets/celeba.py:117"
  },
  {
    global: "torchvision.datasets.cifar.CIFAR10",
    category: "nested-loader",
    via: "__init__",
    sink: "pickle.load",
    where: "torchvision/datasets/cifar.py:82"
  },
  {
    global: "torchvision.datasets.cifar.CIFAR100",
    category: "nested-loader",
    via: "__init__",
    sink: "pickle.load",
    where: "torchvision/datasets/cifar.py:82"
  },
  {
    global: "torchvision.datasets.cityscapes.Cityscapes",
    category: "filesystem",
    via: "__init__ \u2192 extract_archive \u2192 _decompress",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:388"
  },
  {
    global: "torchvision.datasets.clevr.CLEVRClassification",
    category: "network",
    via: "__init__ \u2192 CLEVRClassification._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.country211.Country211",
    category: "network",
    via: "__init__ \u2192 Country211._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.dtd.DTD",
    category: "network",
    via: "__init__ \u2192 DTD._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.eurosat.EuroSAT",
    category: "network",
    via: "__init__ \u2192 EuroSAT.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.fer2013.FER2013",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "torchvision/datasets/fer2013.py:50"
  },
  {
    global: "torchvision.datasets.fgvc_aircraft.FGVCAircraft",
    category: "network",
    via: "__init__ \u2192 FGVCAircraft._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.flickr.Flickr30k",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "torchvision/datasets/flickr.py:135"
  },
  {
    global: "torchvision.datasets.flickr.Flickr8k",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "torchvision/datasets/flickr.py:79"
  },
  {
    global: "torchvision.datasets.flowers102.Flowers102",
    category: "network",
    via: "__init__ \u2192 Flowers102.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.folder.accimage_loader",
    category: "filesystem",
    via: "call \u2192 pil_loader \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "torchvision.datasets.folder.default_loader",
    category: "filesystem",
    via: "call \u2192 accimage_loader \u2192 pil_loader \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "torchvision.datasets.folder.pil_loader",
    category: "filesystem",
    via: "call \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "torchvision.datasets.food101.Food101",
    category: "network",
    via: "__init__ \u2192 Food101._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.gtsrb.GTSRB",
    category: "network",
    via: "__init__ \u2192 GTSRB.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.hmdb51.HMDB51",
    category: "filesystem",
    via: "__init__ \u2192 HMDB51._select_fold",
    sink: "builtins.open",
    where: "torchvision/datasets/hmdb51.py:125"
  },
  {
    global: "torchvision.datasets.imagenet.ImageNet",
    category: "nested-loader",
    via: "__init__ \u2192 ImageNet.parse_archives \u2192 parse_val_archive \u2192 load_meta_file",
    sink: "torch.load",
    where: "torchvision/datasets/imagenet.py:81"
  },
  {
    global: "torchvision.datasets.imagenet._verify_archive",
    category: "filesystem",
    via: "call \u2192 check_integrity \u2192 check_md5 \u2192 calculate_md5",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:72"
  },
  {
    global: "torchvision.datasets.imagenet.load_meta_file",
    category: "nested-loader",
    via: "call",
    sink: "torch.load",
    where: "torchvision/datasets/imagenet.py:81"
  },
  {
    global: "torchvision.datasets.imagenet.parse_devkit_archive",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/imagenet.py:123"
  },
  {
    global: "torchvision.datasets.imagenet.parse_train_archive",
    category: "filesystem",
    via: "call \u2192 extract_archive \u2192 _decompress",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:388"
  },
  {
    global: "torchvision.datasets.imagenet.parse_val_archive",
    category: "nested-loader",
    via: "call \u2192 load_meta_file",
    sink: "torch.load",
    where: "torchvision/datasets/imagenet.py:81"
  },
  {
    global: "torchvision.datasets.inaturalist.INaturalist",
    category: "network",
    via: "__init__ \u2192 INaturalist.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.kinetics.Kinetics",
    category: "network",
    via: "__init__ \u2192 Kinetics.download_and_process_videos \u2192 Kinetics._download_videos \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.kinetics._dl_wrap",
    category: "network",
    via: "call \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.kitti.Kitti",
    category: "network",
    via: "__init__ \u2192 Kitti.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.lfw.LFWPairs",
    category: "network",
    via: "__init__ \u2192 _LFW.__init__ \u2192 _LFW.download \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.lfw.LFWPeople",
    category: "network",
    via: "__init__ \u2192 _LFW.__init__ \u2192 _LFW.download \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.lfw._LFW",
    category: "network",
    via: "__init__ \u2192 _LFW.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.lsun.LSUN",
    category: "nested-loader",
    via: "__init__ \u2192 LSUNClass.__init__",
    sink: "pickle.load",
    where: "torchvision/datasets/lsun.py:27"
  },
  {
    global: "torchvision.datasets.lsun.LSUNClass",
    category: "nested-loader",
    via: "__init__",
    sink: "pickle.load",
    where: "torchvision/datasets/lsun.py:27"
  },
  {
    global: "torchvision.datasets.mnist.EMNIST",
    category: "nested-loader",
    via: "__init__ \u2192 MNIST.__init__ \u2192 MNIST._load_legacy_data",
    sink: "torch.load",
    where: "torchvision/datasets/mnist.py:119"
  },
  {
    global: "torchvision.datasets.mnist.FashionMNIST",
    category: "nested-loader",
    via: "__init__ \u2192 MNIST._load_legacy_data",
    sink: "torch.load",
    where: "torchvision/datasets/mnist.py:119"
  },
  {
    global: "torchvision.datasets.mnist.KMNIST",
    category: "nested-loader",
    via: "__init__ \u2192 MNIST._load_legacy_data",
    sink: "torch.load",
    where: "torchvision/datasets/mnist.py:119"
  },
  {
    global: "torchvision.datasets.mnist.MNIST",
    category: "nested-loader",
    via: "__init__ \u2192 MNIST._load_legacy_data",
    sink: "torch.load",
    where: "torchvision/datasets/mnist.py:119"
  },
  {
    global: "torchvision.datasets.mnist.QMNIST",
    category: "nested-loader",
    via: "__init__ \u2192 MNIST.__init__ \u2192 MNIST._load_legacy_data",
    sink: "torch.load",
    where: "torchvision/datasets/mnist.py:119"
  },
  {
    global: "torchvision.datasets.mnist.read_image_file",
    category: "filesystem",
    via: "call \u2192 read_sn3_pascalvincent_tensor",
    sink: "builtins.open",
    where: "torchvision/datasets/mnist.py:511"
  },
  {
    global: "torchvision.datasets.mnist.read_label_file",
    category: "filesystem",
    via: "call \u2192 read_sn3_pascalvincent_tensor",
    sink: "builtins.open",
    where: "torchvision/datasets/mnist.py:511"
  },
  {
    global: "torchvision.datasets.mnist.read_sn3_pascalvincent_tensor",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/mnist.py:511"
  },
  {
    global: "torchvision.datasets.omniglot.Omniglot",
    category: "network",
    via: "__init__ \u2192 Omniglot.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.oxford_iiit_pet.OxfordIIITPet",
    category: "network",
    via: "__init__ \u2192 OxfordIIITPet._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.pcam.PCAM",
    category: "filesystem",
    via: "__init__ \u2192 PCAM._download \u2192 download_file_from_google_drive",
    sink: "os.makedirs",
    where: "torchvision/datasets/utils.py:235"
  },
  {
    global: "torchvision.datasets.phototour.PhotoTour",
    category: "nested-loader",
    via: "__init__",
    sink: "torch.load",
    where: "torchvision/datasets/phototour.py:109"
  },
  {
    global: "torchvision.datasets.phototour.read_image_file",
    category: "filesystem",
    via: "call \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "torchvision.datasets.phototour.read_info_file",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/phototour.py:213"
  },
  {
    global: "torchvision.datasets.phototour.read_matches_files",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/phototour.py:224"
  },
  {
    global: "torchvision.datasets.places365.Places365",
    category: "network",
    via: "__init__ \u2192 Places365.download_images \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.rendered_sst2.RenderedSST2",
    category: "network",
    via: "__init__ \u2192 RenderedSST2._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.sbd.SBDataset",
    category: "network",
    via: "__init__ \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.sbu.SBU",
    category: "network",
    via: "__init__ \u2192 SBU.download \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.semeion.SEMEION",
    category: "network",
    via: "__init__ \u2192 SEMEION.download \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.stanford_cars.StanfordCars",
    category: "network",
    via: "__init__ \u2192 StanfordCars.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.stl10.STL10",
    category: "network",
    via: "__init__ \u2192 STL10.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.sun397.SUN397",
    category: "network",
    via: "__init__ \u2192 SUN397._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.svhn.SVHN",
    category: "network",
    via: "__init__ \u2192 SVHN.download \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.ucf101.UCF101",
    category: "filesystem",
    via: "__init__ \u2192 UCF101._select_fold",
    sink: "builtins.open",
    where: "torchvision/datasets/ucf101.py:112"
  },
  {
    global: "torchvision.datasets.usps.USPS",
    category: "network",
    via: "__init__ \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.utils._decompress",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:388"
  },
  {
    global: "torchvision.datasets.utils._extract_tar",
    category: "filesystem",
    via: "call",
    sink: "tarfile.open",
    where: "torchvision/datasets/utils.py:289"
  },
  {
    global: "torchvision.datasets.utils._extract_zip",
    category: "filesystem",
    via: "call",
    sink: "zipfile.ZipFile",
    where: "torchvision/datasets/utils.py:300"
  },
  {
    global: "torchvision.datasets.utils._get_redirect_url",
    category: "network",
    via: "call",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:95"
  },
  {
    global: "torchvision.datasets.utils._read_pfm",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:498"
  },
  {
    global: "torchvision.datasets.utils._save_response_content",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:36"
  },
  {
    global: "torchvision.datasets.utils._urlretrieve",
    category: "network",
    via: "call",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.utils.calculate_md5",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:72"
  },
  {
    global: "torchvision.datasets.utils.check_integrity",
    category: "filesystem",
    via: "call \u2192 check_md5 \u2192 calculate_md5",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:72"
  },
  {
    global: "torchvision.datasets.utils.check_md5",
    category: "filesystem",
    via: "call \u2192 calculate_md5",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:72"
  },
  {
    global: "torchvision.datasets.utils.download_and_extract_archive",
    category: "network",
    via: "call \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.utils.download_file_from_google_drive",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "torchvision/datasets/utils.py:235"
  },
  {
    global: "torchvision.datasets.utils.download_url",
    category: "network",
    via: "call \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.utils.extract_archive",
    category: "filesystem",
    via: "call \u2192 _decompress",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:388"
  },
  {
    global: "torchvision.datasets.voc.VOCDetection",
    category: "network",
    via: "__init__ \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.voc.VOCSegmentation",
    category: "network",
    via: "__init__ \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.voc._VOCBase",
    category: "network",
    via: "__init__ \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.widerface.WIDERFace",
    category: "network",
    via: "__init__ \u2192 WIDERFace.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.extension._load_library",
    category: "importer",
    via: "call \u2192 _Ops.load_library",
    sink: "ctypes.CDLL",
    where: "torch/_ops.py:573"
  },
  {
    global: "torchvision.models.feature_extraction.DualGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torchvision.models.feature_extraction.create_feature_extractor",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torchvision.models.feature_extraction.get_graph_node_names",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torchvision.utils.draw_bounding_boxes",
    category: "filesystem",
    via: "call \u2192 truetype \u2192 FreeTypeFont.__init__",
    sink: "builtins.open",
    where: "PIL/ImageFont.py:263"
  },
  {
    global: "uu.decode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/uu.py:112"
  },
  {
    global: "uu.encode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/uu.py:62"
  },
  {
    global: "uuid._find_mac_near_keyword",
    category: "process",
    via: "call \u2192 _get_command_stdout",
    sink: "subprocess.Popen",
    where: "cpython Lib/uuid.py:379"
  },
  {
    global: "uuid._find_mac_under_heading",
    category: "process",
    via: "call \u2192 _get_command_stdout",
    sink: "subprocess.Popen",
    where: "cpython Lib/uuid.py:379"
  },
  {
    global: "uuid._get_command_stdout",
    category: "process",
    via: "call",
    sink: "subprocess.Popen",
    where: "cpython Lib/uuid.py:379"
  },
  {
    global: "warnings._formatwarnmsg_impl",
    category: "filesystem",
    via: "call \u2192 getline \u2192 getlines \u2192 updatecache \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "warnings._getcategory",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "cpython Lib/warnings.py:260"
  },
  {
    global: "warnings._processoptions",
    category: "importer",
    via: "call \u2192 _setoption \u2192 _getcategory",
    sink: "builtins.__import__",
    where: "cpython Lib/warnings.py:260"
  },
  {
    global: "warnings._setoption",
    category: "importer",
    via: "call \u2192 _getcategory",
    sink: "builtins.__import__",
    where: "cpython Lib/warnings.py:260"
  },
  {
    global: "warnings._warn_unawaited_coroutine",
    category: "filesystem",
    via: "call \u2192 getline \u2192 getlines \u2192 updatecache \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "wave.Wave_read",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/wave.py:280"
  },
  {
    global: "wave.Wave_write",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/wave.py:425"
  },
  {
    global: "wave.open",
    category: "filesystem",
    via: "call \u2192 Wave_read.__init__",
    sink: "builtins.open",
    where: "cpython Lib/wave.py:280"
  },
  {
    global: "xgboost.collective.broadcast",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "xgboost/collective.py:166"
  },
  {
    global: "xgboost.compat.LazyLoader",
    category: "importer",
    via: "__getattr__ \u2192 LazyLoader._load",
    sink: "importlib.import_module",
    where: "xgboost/compat.py:195"
  },
  {
    global: "xgboost.core.Booster.dump_model",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "xgboost/core.py:2499"
  },
  {
    global: "xgboost.dask._start_tracker",
    category: "network",
    via: "call \u2192 _try_start_tracker \u2192 RabitTracker.__init__",
    sink: "socket.socket",
    where: "xgboost/tracker.py:208"
  },
  {
    global: "xgboost.dask._try_start_tracker",
    category: "network",
    via: "call \u2192 RabitTracker.__init__",
    sink: "socket.socket",
    where: "xgboost/tracker.py:208"
  },
  {
    global: "xgboost.rabit.broadcast",
    category: "nested-loader",
    via: "call \u2192 broadcast",
    sink: "pickle.loads",
    where: "xgboost/collective.py:166"
  },
  {
    global: "xgboost.tracker.RabitTracker",
    category: "network",
    via: "__init__",
    sink: "socket.socket",
    where: "xgboost/tracker.py:208"
  },
  {
    global: "xgboost.tracker.start_rabit_tracker",
    category: "network",
    via: "call \u2192 RabitTracker.__init__",
    sink: "socket.socket",
    where: "xgboost/tracker.py:208"
  },
  {
    global: "xml.dom.domreg.getDOMImplementation",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "cpython Lib/xml/dom/domreg.py:56"
  },
  {
    global: "xml.dom.expatbuilder.parse",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/dom/expatbuilder.py:910"
  },
  {
    global: "xml.dom.expatbuilder.parseFragment",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/dom/expatbuilder.py:941"
  },
  {
    global: "xml.dom.minidom.parse",
    category: "filesystem",
    via: "call \u2192 parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/dom/expatbuilder.py:910"
  },
  {
    global: "xml.dom.pulldom.parse",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/dom/pulldom.py:322"
  },
  {
    global: "xml.etree.ElementInclude.default_loader",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementInclude.py:89"
  },
  {
    global: "xml.etree.ElementTree.ElementTree",
    category: "filesystem",
    via: "__init__ \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "xml.etree.ElementTree._get_writer",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:762"
  },
  {
    global: "xml.etree.ElementTree.canonicalize",
    category: "filesystem",
    via: "call \u2192 parse \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "xml.etree.ElementTree.dump",
    category: "filesystem",
    via: "call \u2192 ElementTree.__init__ \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "xml.etree.ElementTree.iterparse",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:1245"
  },
  {
    global: "xml.etree.ElementTree.parse",
    category: "filesystem",
    via: "call \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "xml.etree.ElementTree.tostring",
    category: "filesystem",
    via: "call \u2192 ElementTree.__init__ \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "xml.etree.ElementTree.tostringlist",
    category: "filesystem",
    via: "call \u2192 ElementTree.__init__ \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "zipapp._copy_archive",
    category: "filesystem",
    via: "call \u2192 _maybe_open",
    sink: "builtins.open",
    where: "cpython Lib/zipapp.py:40"
  },
  {
    global: "zipapp._maybe_open",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/zipapp.py:40"
  },
  {
    global: "zipapp.create_archive",
    category: "filesystem",
    via: "call \u2192 Path.chmod",
    sink: "os.chmod",
    where: "cpython Lib/pathlib.py:1133"
  },
  {
    global: "zipapp.get_interpreter",
    category: "filesystem",
    via: "call \u2192 _maybe_open",
    sink: "builtins.open",
    where: "cpython Lib/zipapp.py:40"
  },
  {
    global: "zipapp.main",
    category: "filesystem",
    via: "call \u2192 ArgumentParser.parse_args \u2192 ArgumentParser.parse_known_args \u2192 ArgumentParser._parse_known_args \u2192 ArgumentParser._read_args_from_files",
    sink: "builtins.open",
    where: "cpython Lib/argparse.py:2180"
  },
  {
    global: "zoneinfo._common.load_tzdata",
    category: "importer",
    via: "call \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  }
];

// src/formats/pickle/denylist.ts
var REASONS = {
  "code-execution": "runs or compiles arbitrary Python code",
  process: "starts processes or controls the interpreter",
  filesystem: "reads, writes or deletes files",
  network: "opens network connections",
  resolver: "reaches any other function by name, hiding what is really called",
  "nested-loader": "loads another serialized object (a second, unscanned pickle or model)",
  importer: "imports modules or loads native code",
  "extension-registry": "edits the copyreg extension registry that EXT opcodes read",
  "scanner-evasion": "tampers with model scanners",
  "side-effect": "has side effects no model needs (signals, exit hooks, threads, terminal, debugger)"
};
var GROUPS = {
  "code-execution": [
    "builtins.eval",
    "builtins.exec",
    "builtins.execfile",
    "builtins.compile",
    "builtins.breakpoint",
    "builtins.apply",
    "builtins.__build_class__",
    "code",
    "codeop",
    "compileall",
    "py_compile",
    "runpy",
    "types.CodeType",
    "types.FunctionType",
    "types.MethodType",
    "types.LambdaType",
    "types.ModuleType",
    "cloudpickle",
    "dill",
    "timeit",
    "cProfile",
    "profile",
    "trace",
    "doctest",
    "pdb",
    "bdb",
    "idlelib",
    "lib2to3",
    "pydoc",
    "test",
    "unittest",
    "numpy.f2py",
    "numpy.distutils",
    "numpy.testing",
    "numpy.core._internal",
    "numpy._core._internal",
    "pandas.eval",
    "pandas.core.computation",
    "torch._dynamo",
    "torch._inductor",
    "torch.compile",
    "torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression",
    "torch.jit.unsupported_tensor_ops",
    "torch.jit.annotations",
    "torch.jit.frontend",
    "torch.utils._config_module",
    "torch.utils.bottleneck",
    "torch.utils.collect_env",
    "torch.utils.cpp_extension",
    "torch.utils.data.datapipes.utils.decoder",
    "torch.ops",
    "yaml.load",
    "yaml.unsafe_load",
    "yaml.full_load",
    "yaml.load_all",
    "yaml.unsafe_load_all",
    "jsonpickle",
    "jinja2"
  ],
  process: [
    "os",
    "posix",
    "nt",
    "subprocess",
    "_posixsubprocess",
    "pty",
    "pexpect",
    "commands",
    "popen2",
    "platform.popen",
    "platform.system",
    "sys",
    "multiprocessing",
    "concurrent",
    "asyncio",
    "_osx_support",
    "_aix_support",
    "_pyrepl",
    "uuid._get_command_stdout",
    "uuid._popen",
    "imaplib.IMAP4_stream",
    "pipes",
    "ensurepip",
    "pip",
    "venv",
    "site",
    "distutils",
    "setuptools",
    "webbrowser",
    "pydoc.pipepager"
  ],
  filesystem: [
    "builtins.open",
    "builtins.file",
    "io.open",
    "io.open_code",
    "io.FileIO",
    "_io",
    // pathlib's classes only build paths (checkpoints carry PosixPath); the methods that touch files
    // (PosixPath.write_text, ...) are derived into gadgets.ts.
    "posixpath",
    "ntpath",
    "shutil",
    "tempfile",
    "glob",
    "fileinput",
    "filecmp",
    "linecache",
    "zipfile",
    "tarfile",
    "gzip.open",
    "gzip.GzipFile",
    "bz2.open",
    "bz2.BZ2File",
    "lzma.open",
    "lzma.LZMAFile",
    "dbm",
    "shelve",
    "sqlite3",
    "_sqlite3",
    "mmap",
    "logging",
    "numpy.fromfile",
    "numpy.tofile",
    "numpy.memmap",
    "numpy.savetxt",
    "numpy.save",
    "numpy.savez",
    "numpy.loadtxt",
    "numpy.genfromtxt",
    "numpy.lib.npyio",
    "numpy.ctypeslib",
    "xml.dom.minidom.parse",
    "xml.etree.ElementTree.parse",
    "xml.sax",
    "pandas.io",
    "pandas.read_csv",
    "pandas.read_json",
    "pandas.read_html",
    "pandas.read_excel",
    "pandas.read_sql",
    "pandas.read_parquet",
    "pandas.read_hdf"
  ],
  network: [
    "socket",
    "_socket",
    "ssl",
    "_ssl",
    "socketserver",
    "http",
    "httplib",
    "urllib",
    "urllib2",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "nntplib",
    "telnetlib",
    "xmlrpc",
    "wsgiref",
    "select",
    "selectors",
    "torch.distributed.rpc",
    "torch.distributed.elastic",
    "huggingface_hub",
    "transformers.AutoModel"
  ],
  resolver: [
    "builtins.getattr",
    "builtins.setattr",
    "builtins.delattr",
    "builtins.globals",
    "builtins.locals",
    "builtins.vars",
    "builtins.dir",
    "builtins.__import__",
    "builtins.reload",
    "operator",
    "_operator",
    // functools.partial only stores a function and its arguments (torchvision models keep
    // partial(nn.LayerNorm, eps=...) as a module attribute): it is allowed, and forwarders.ts makes the
    // function it wraps count as called. The rest of functools calls or rewrites what it is given.
    "functools.reduce",
    "functools.update_wrapper",
    "functools.wraps",
    "functools.total_ordering",
    "functools.singledispatch",
    "functools.singledispatchmethod",
    "functools.cmp_to_key",
    "functools.partialmethod",
    "functools.lru_cache",
    "functools.cache",
    "functools.cached_property",
    "functools._lru_cache_wrapper",
    "_functools",
    "itertools.starmap",
    "inspect",
    "pkgutil",
    "importlib",
    "gc",
    "weakref",
    "ctypes",
    "_ctypes",
    "cffi"
  ],
  "nested-loader": [
    "pickle",
    "_pickle",
    "cPickle",
    "pickletools",
    "marshal",
    "torch.load",
    "torch.serialization.load",
    "torch.serialization._load",
    "torch.serialization._legacy_load",
    "torch.storage._load_from_bytes",
    "torch.hub",
    "torch.package",
    "torch.jit.load",
    "torch.jit._serialization",
    "torch.jit._load_for_lite_interpreter",
    "numpy.load",
    "numpy.lib.format.read_array",
    "joblib.load",
    "joblib.numpy_pickle.load",
    "joblib.numpy_pickle.NumpyUnpickler",
    "joblib.numpy_pickle_compat",
    "joblib.externals",
    "joblib.Parallel",
    "joblib.parallel",
    "pandas.read_pickle",
    "keras.models.load_model",
    "keras.saving.load_model",
    "tensorflow.keras.models.load_model",
    "tf_keras.models.load_model",
    "tensorflow.saved_model.load",
    "skops.io.load"
  ],
  importer: ["imp", "_imp", "_frozen_importlib", "_frozen_importlib_external", "zipimport"],
  "extension-registry": [
    "copyreg.add_extension",
    "copyreg.remove_extension",
    "copyreg.clear_extension_cache",
    "copyreg._extension_registry",
    "copyreg._inverted_registry",
    "copyreg._extension_cache",
    "copyreg.dispatch_table",
    "copyreg.pickle",
    "copyreg.constructor"
  ],
  "scanner-evasion": ["fickling", "picklescan", "modelscan", "modelaudit", "model_unpickler", "saferpickle"],
  "side-effect": [
    "atexit",
    "signal",
    "_signal",
    "threading",
    "_thread",
    "_interpreters",
    "_xxsubinterpreters",
    "resource",
    "syslog",
    "getpass",
    "pwd",
    "grp",
    "spwd",
    "crypt",
    "fcntl",
    "termios",
    "tty",
    "curses",
    "readline",
    "rlcompleter",
    "winreg",
    "_winreg",
    "builtins.input",
    "builtins.exit",
    "builtins.quit",
    "builtins.help",
    "builtins.copyright",
    "builtins.credits",
    "builtins.license"
  ]
};
function buildDenylist(groups, generated) {
  const table = /* @__PURE__ */ new Map();
  for (const [category, keys] of Object.entries(groups))
    for (const key of keys) table.set(key, { key, category, reason: REASONS[category] });
  for (const g of generated) {
    if (table.has(g.global)) continue;
    table.set(g.global, {
      key: g.global,
      category: g.category,
      reason: `${REASONS[g.category]} (${g.via} \u2192 ${g.sink}, ${g.where})`
    });
  }
  return table;
}
var DENYLIST = buildDenylist(GROUPS, GADGETS);
var DENYLIST_MAX_PARTS = Math.max(...[...DENYLIST.keys()].map((k) => k.split(".").length));
var DANGEROUS_ATTRIBUTES = /* @__PURE__ */ new Set([
  "system",
  "popen",
  "popen2",
  "popen3",
  "popen4",
  "eval",
  "exec",
  "execfile",
  "__import__",
  "import_module",
  "load_module",
  "exec_module",
  "run_path",
  "run_module",
  "check_output",
  "check_call",
  "getoutput",
  "getstatusoutput",
  "spawnl",
  "spawnle",
  "spawnlp",
  "spawnlpe",
  "spawnv",
  "spawnve",
  "spawnvp",
  "spawnvpe",
  "execl",
  "execle",
  "execlp",
  "execlpe",
  "execv",
  "execve",
  "execvp",
  "execvpe",
  "resolve_name",
  "getattr_static",
  "attrgetter",
  "methodcaller"
]);

// src/formats/pickle/torchscript.ts
var NATIVE = /* @__PURE__ */ new Set([
  "__main__.TensorID",
  "__main__.IntList",
  "torch.jit._pickle.build_tensor_from_id",
  "torch.jit._pickle.restore_type_tag",
  "torch.jit._pickle.build_intlist",
  "torch.jit._pickle.build_tensorlist",
  "torch.jit._pickle.build_doublelist",
  "torch.jit._pickle.build_boollist",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_qtensor",
  "torch._utils._rebuild_sparse_tensor",
  "torch._tensor._rebuild_from_type_v2",
  "builtins.complex",
  "collections.OrderedDict",
  "torch.device"
]);
function isTorchScriptNative(module, name) {
  if (module === "torch" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return true;
  return NATIVE.has(`${module}.${name}`);
}

// src/formats/pickle/globals.ts
function withNumpy2Spellings(names) {
  return names.flatMap((n) => n.startsWith("numpy.core.") ? [n, `numpy._core.${n.slice(11)}`] : [n]);
}
var ALLOW = new Set(withNumpy2Spellings(DERIVED_ALLOWLIST));
var TORCHSCRIPT_NAMESPACE = "__torch__";
var LEGIT_DUNDERS = /* @__PURE__ */ new Set(["__newobj__", "__newobj_ex__", "__main__"]);
var RANK = { allowed: 0, unknown: 1, dangerous: 2 };
function denyPrefix(parts, start = 0, head = parts[start]) {
  if (head === void 0) return null;
  let path = head;
  const end = Math.min(parts.length, start + DENYLIST_MAX_PARTS);
  for (let i = start; i < end; i++) {
    if (i > start) path = `${path}.${parts[i]}`;
    const hit = DENYLIST.get(path);
    if (hit) return hit;
  }
  return null;
}
function splitGlobal(module, name) {
  return [...module.split("."), ...name.split(".")].filter((p) => p.length > 0);
}
function classifyGlobal(module, name, extraAllow, opts = {}) {
  const [m, n] = loaderName(module, name, opts.protocol);
  let result = classifyOne(m, n, extraAllow);
  if (m !== module || n !== name) {
    if (result.verdict === "dangerous")
      result = { ...result, reason: `is ${m}.${n} for the unpickler; ${result.reason}` };
  }
  const nul = m.indexOf("\0");
  if (nul >= 0) {
    const cut = classifyOne(m.slice(0, nul), n, extraAllow);
    if (RANK[cut.verdict] > RANK[result.verdict])
      result = {
        ...cut,
        reason: `the module name stops at a NUL byte for the importer (${m.slice(0, nul)}); ${cut.reason ?? ""}`
      };
  }
  if (opts.loader === "torchscript" && result.verdict === "unknown" && isTorchScriptNative(module, name))
    return { verdict: "allowed" };
  return result;
}
function classifyOne(module, name, extraAllow) {
  const moduleParts = module.split(".").filter((p) => p.length > 0);
  const parts = splitGlobal(module, name);
  const full = `${module}.${name}`;
  if (parts.length === 0) return { verdict: "dangerous", reason: "empty global name", category: "resolver" };
  const direct = denyPrefix(parts);
  if (direct)
    return { verdict: "dangerous", reason: direct.reason, category: direct.category, matched: direct.key };
  const dunder = dunderIn(parts);
  if (dunder) return dunder;
  if (parts[0] === TORCHSCRIPT_NAMESPACE && parts.length > 1) return { verdict: "allowed" };
  if (ALLOW.has(full) || extraAllow?.has(full) === true) return { verdict: "allowed" };
  return reRooted(parts, aliasStart(moduleParts)) ?? attributeIn(parts) ?? { verdict: "unknown" };
}
function dunderIn(parts) {
  const from = parts[0] === TORCHSCRIPT_NAMESPACE ? 1 : 0;
  for (const p of parts.slice(from)) {
    if (/^__\w+__$/.test(p) && !LEGIT_DUNDERS.has(p)) {
      return {
        verdict: "dangerous",
        reason: `walks the dunder attribute ${p}, which reaches interpreter internals (builtins, globals, classes)`,
        category: "dunder",
        matched: p
      };
    }
  }
  return null;
}
function aliasStart(moduleParts) {
  const moves = moduleParts.indexOf("moves");
  return moves >= 0 && moves < moduleParts.length - 1 ? moves + 1 : Math.max(1, moduleParts.length);
}
function reRooted(parts, from) {
  for (let k = from; k < parts.length; k++) {
    const head = parts[k];
    const stripped = head.replace(/^_+/, "");
    const heads = stripped && stripped !== head ? [head, stripped] : [head];
    for (const h of heads) {
      const hit = denyPrefix(parts, k, h);
      if (hit) {
        return {
          verdict: "dangerous",
          reason: `reaches ${hit.key} through an attribute alias; ${hit.reason}`,
          category: hit.category,
          matched: hit.key
        };
      }
    }
  }
  return null;
}
function attributeIn(parts) {
  for (const p of parts.slice(1)) {
    if (DANGEROUS_ATTRIBUTES.has(p))
      return {
        verdict: "dangerous",
        reason: `names the code-running attribute ${p}`,
        category: "attribute",
        matched: p
      };
  }
  return null;
}

export { DANGEROUS_ATTRIBUTES as D, DERIVED_ALLOWLIST as a, classifyGlobal as c };
